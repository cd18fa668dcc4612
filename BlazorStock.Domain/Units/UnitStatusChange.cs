namespace BlazorStock.Domain.Units;

/// <summary>One line of a unit's status history.</summary>
public sealed class UnitStatusChange
{
    private UnitStatusChange()
    {
    }

    internal UnitStatusChange(UnitStatus from, UnitStatus to, UnitChangeReason reason, DateTimeOffset at)
    {
        From = from;
        To = to;
        Reason = reason.Reason;
        ReferenceType = reason.ReferenceType;
        ReferenceId = reason.ReferenceId;
        Actor = reason.Actor;
        Note = reason.Note;
        At = at;
    }

    public long Id { get; private set; }

    public int UnitId { get; private set; }

    public UnitStatus From { get; private set; }

    public UnitStatus To { get; private set; }

    public string Reason { get; private set; } = "";

    public string? ReferenceType { get; private set; }

    public string? ReferenceId { get; private set; }

    public string Actor { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    public string? Note { get; private set; }
}
