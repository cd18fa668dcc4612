using System.Globalization;
using System.Text.Json;
using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Api.Paging;
using BlazorStock.Web.Features.Staff.History;
using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BlazorStock.Web.Api.Audit;

/// <summary>The audit log for staff, newest first, keyset-paged on its id.</summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/audit", ListAsync).WithName("ListAudit").WithTags("Audit").RequireStaff(StaffPolicies.Warehouse)
            .WithSummary("Audit entries, newest first, filtered by object, actor, action, reference, request and time (as the back office's history); keyset-paged.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    /// <param name="actor">Entries whose actor contains this (an email, <c>Cart:…</c>, a job).</param>
    /// <param name="action">Entries whose action starts with this (<c>hold.</c>, <c>order.cancelled</c>).</param>
    /// <param name="reference">Entries that refer to this, e.g. <c>hold:…</c> or <c>order:…</c>.</param>
    /// <param name="requestId">Every entry one request (its X-Request-Id) or back-office action wrote.</param>
    /// <param name="from">Entries at or after this instant.</param>
    /// <param name="to">Entries at or before this instant.</param>
    public static async Task<Results<Ok<Page<AuditEntryResponse>>, ProblemHttpResult>> ListAsync(
        StockDbContext db, string? objectType, string? objectId, string? actor, string? action, string? reference, string? requestId,
        DateTimeOffset? from, DateTimeOffset? to, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        if (!Cursor.TryLimit(limit, out var take, out var problem))
        {
            return problem;
        }

        long? before = null;
        if (cursor is not null)
        {
            if (!Cursor.TryDecode(cursor, 1, out var parts) || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var lastId))
            {
                return Cursor.Invalid();
            }

            before = lastId;
        }

        var filter = new AuditFilter
        {
            Type = objectType, Id = objectId, Actor = actor, Action = action, Reference = reference, Request = requestId,
            From = from?.UtcDateTime, To = to?.UtcDateTime, Before = before,
        };
        var rows = await AuditQueries.FilteredAsync(db, filter, take + 1, cancellationToken);
        return TypedResults.Ok(Cursor.ToPage(rows, take,
            a => new AuditEntryResponse(a.Id, a.At, a.Actor, a.Action, a.ObjectType, a.ObjectId, Parse(a.OldValues), Parse(a.NewValues), a.Reason, a.Reference, a.CorrelationId),
            a => Cursor.Encode(a.Id.ToString(CultureInfo.InvariantCulture))));
    }

    private static JsonElement? Parse(string? json) => json is null ? null : JsonSerializer.Deserialize<JsonElement>(json);
}
