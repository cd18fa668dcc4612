using BlazorStock.Domain.Units;

namespace BlazorStock.Web.Api.Items;

public sealed record ItemStatusChangeResponse(
    DateTimeOffset At,
    UnitStatus From,
    UnitStatus To,
    string Reason,
    string Actor,
    string? ReferenceType,
    string? ReferenceId,
    string? Note);
