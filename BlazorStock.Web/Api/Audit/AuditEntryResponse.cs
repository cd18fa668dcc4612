using System.Text.Json;

namespace BlazorStock.Web.Api.Audit;

/// <param name="OldValues">The object's relevant fields before the change, as JSON (null for a creation).</param>
/// <param name="CorrelationId">The X-Request-Id of the request that caused the change.</param>
public sealed record AuditEntryResponse(
    long Id,
    DateTimeOffset At,
    string Actor,
    string Action,
    string ObjectType,
    string ObjectId,
    JsonElement? OldValues,
    JsonElement? NewValues,
    string? Reason,
    string? Reference,
    string? CorrelationId);
