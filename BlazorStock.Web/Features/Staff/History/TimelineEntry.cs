namespace BlazorStock.Web.Features.Staff.History;

/// <summary>
/// One thing that happened to an object (an audit entry or a unit's status change), with what changed field by
/// field; oldest first in a timeline. <paramref name="Subject"/> names the object for people ("Walnut Desk in
/// MAIN", "unit CAM-X100-0003"), where the type and id alone would say "StockLevel 1:1".
/// </summary>
public sealed record TimelineEntry(
    DateTimeOffset At, string Actor, string Action, string ObjectType, string ObjectId, string? Reason, string? Reference,
    IReadOnlyList<FieldChange> Changes, string? CorrelationId, string Subject);
