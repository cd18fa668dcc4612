namespace BlazorStock.Domain.Waitlist;

/// <summary>
/// A cart (and, when signed in, its customer) waiting for a sold-out product. The line is first come, first
/// served by <see cref="Id"/>; an entry leaves it once, by <see cref="Close"/> or <see cref="HandOff"/>, guarded by
/// <see cref="Version"/> so that two writers can never both hand it units.
/// </summary>
public sealed class WaitlistEntry
{
    private WaitlistEntry()
    {
    }

    internal WaitlistEntry(int productId, string cartId, string? customerId, int quantity, DateTimeOffset now)
    {
        ProductId = productId;
        CartId = cartId;
        CustomerId = customerId;
        Quantity = quantity;
        Status = WaitlistStatus.Waiting;
        JoinedAt = now;
    }

    public long Id { get; private set; }

    public int ProductId { get; private set; }

    public string CartId { get; private set; } = "";

    public string? CustomerId { get; private set; }

    /// <summary>How many the shopper is waiting for.</summary>
    public int Quantity { get; private set; }

    public WaitlistStatus Status { get; private set; }

    public DateTimeOffset JoinedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? CloseReason { get; private set; }

    /// <summary>The hand-off hold its units went to.</summary>
    public Guid? HoldId { get; private set; }

    /// <summary>How many it was handed: never more than it asked for, nor than was free.</summary>
    public int HandedQuantity { get; private set; }

    public int Version { get; private set; }

    public bool IsWaiting => Status == WaitlistStatus.Waiting;

    internal void HandOff(Guid holdId, int quantity, DateTimeOffset now)
    {
        EnsureWaiting();
        if (quantity < 1 || quantity > Quantity)
        {
            throw new DomainException(ErrorCodes.InvalidQuantity, $"A hand-off of {quantity} does not fit a wait for {Quantity}.");
        }

        (Status, HoldId, HandedQuantity, ClosedAt, CloseReason) = (WaitlistStatus.HandedOff, holdId, quantity, now, "Handed off");
        Version++;
    }

    internal void Close(WaitlistStatus status, string reason, DateTimeOffset now)
    {
        EnsureWaiting();
        if (status is WaitlistStatus.Waiting or WaitlistStatus.HandedOff)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, $"A waitlist entry cannot be closed as {status}.");
        }

        (Status, ClosedAt, CloseReason) = (status, now, reason);
        Version++;
    }

    /// <summary>The anonymous cart's shopper signed in: the place in line moves to the account's cart.</summary>
    internal void MoveTo(string cartId, string customerId)
    {
        EnsureWaiting();
        (CartId, CustomerId) = (cartId, customerId);
        Version++;
    }

    internal object Describe() => new { Status, Quantity, Cart = CartId, HandedQuantity, HoldId };

    private void EnsureWaiting()
    {
        if (!IsWaiting)
        {
            throw new DomainException(ErrorCodes.WaitlistEntryNotFound, "This place in line is no longer waiting.");
        }
    }
}
