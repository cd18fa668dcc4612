namespace BlazorStock.Domain.Audit;

/// <summary>One recorded change of stock, a hold, a unit or an order; written in the same transaction as the change.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    internal AuditEntry(DateTimeOffset at, string actor, string action, string objectType, string objectId)
    {
        At = at;
        Actor = actor;
        Action = action;
        ObjectType = objectType;
        ObjectId = objectId;
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Actor { get; private set; } = "";

    public string Action { get; private set; } = "";

    public string ObjectType { get; private set; } = "";

    public string ObjectId { get; private set; } = "";

    public string? OldValues { get; internal set; }

    public string? NewValues { get; internal set; }

    public string? Reason { get; internal set; }

    public string? Reference { get; internal set; }

    public string? CorrelationId { get; internal set; }
}
