namespace BlazorStock.Domain.Holds;

/// <summary>A hold was given up before it expired: <paramref name="By"/> is who did it, <paramref name="Reason"/> why.</summary>
public sealed record HoldReleased(DateTimeOffset OccurredAt, HoldSnapshot Hold, string By, string Reason) : HoldEvent(OccurredAt, Hold)
{
    /// <summary>Whether its owner gave it up (a shopper removing the line), not the shop or the system.</summary>
    public bool ByOwner => By == Hold.Owner.ToString();
}
