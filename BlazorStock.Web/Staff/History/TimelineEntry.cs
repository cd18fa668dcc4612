namespace BlazorStock.Web.Staff.History;

/// <summary>One thing that happened to an object (an audit entry or a unit's status change), oldest first in a timeline.</summary>
public sealed record TimelineEntry(DateTimeOffset At, string Actor, string Action, string ObjectType, string ObjectId, string? Reason, string? Reference, string? Change, string? CorrelationId);
