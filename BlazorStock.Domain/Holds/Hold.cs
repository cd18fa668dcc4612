using System.Linq.Expressions;

namespace BlazorStock.Domain.Holds;

/// <summary>
/// A reservation of one product's stock for an owner, with an expiry. Status changes go through
/// <see cref="MoveTo"/>, checked against <see cref="HoldTransitions"/>; <see cref="Version"/> is a
/// concurrency token so that of two racing terminal transitions exactly one commits.
/// </summary>
public sealed class Hold
{
    private readonly List<HoldAllocation> _allocations = [];

    private Hold()
    {
    }

    internal Hold(HoldOwner owner, int productId, int quantity, DateTimeOffset now, DateTimeOffset? expiresAt, string? clientAddress = null, string? customerId = null, bool fromWaitlist = false)
    {
        ClientAddress = clientAddress;
        CustomerId = customerId;
        FromWaitlist = fromWaitlist;
        Id = Guid.CreateVersion7();
        OwnerType = owner.Type;
        OwnerId = owner.Id;
        ProductId = productId;
        Quantity = quantity;
        Status = HoldStatus.Active;
        CreatedAt = now;
        UpdatedAt = now;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }

    public HoldOwnerType OwnerType { get; private set; }

    public string OwnerId { get; private set; } = "";

    public HoldOwner Owner => new(OwnerType, OwnerId);

    public int ProductId { get; private set; }

    public int Quantity { get; private set; }

    public HoldStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Null for staff holds that last until released (an order's reservation).</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    public int ExtensionCount { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? CloseReason { get; private set; }

    /// <summary>When its cart was checked out (the hold passed to the order); analytics measure time to checkout from it.</summary>
    public DateTimeOffset? CheckedOutAt { get; private set; }

    /// <summary>
    /// Who closed it: its owner (<see cref="HoldOwner.ToString"/>) when the owner gave it up, else the audit
    /// actor, so a shopper can be told whether the shop released their hold.
    /// </summary>
    public string? ClosedBy { get; private set; }

    public int Version { get; private set; }

    /// <summary>
    /// The client address a shopper placed it from, kept only for limited products (a drop), where one address
    /// may hold at most <see cref="HoldOptions.CustomersPerAddress"/> customers' worth (OWASP OAT-021, issue 19).
    /// </summary>
    public string? ClientAddress { get; private set; }

    /// <summary>The signed-in shopper who placed it (an opaque account id), or null for an anonymous cart, an order or staff.</summary>
    public string? CustomerId { get; private set; }

    /// <summary>
    /// The drop window its quantity counts in against its customer's per-product limit (<see cref="CustomerLimit"/>),
    /// or null when it counts against none.
    /// </summary>
    public DateTimeOffset? LimitWindow { get; private set; }

    /// <summary>A hand-off hold: units freed for the waitlist, with their own short expiry (issue 17).</summary>
    public bool FromWaitlist { get; private set; }

    public IReadOnlyList<HoldAllocation> Allocations => _allocations;

    /// <summary>A hold is unusable the instant it expires, even before cleanup releases its stock.</summary>
    public bool IsUsableAt(DateTimeOffset now) => Status == HoldStatus.Active && !IsDueAt(now);

    public bool IsDueAt(DateTimeOffset now) => ExpiresAt is { } expiry && expiry <= now;

    /// <summary>Active holds <see cref="IsDueAt"/> <paramref name="now"/>, as a query the database runs.</summary>
    internal static Expression<Func<Hold, bool>> ActiveAndDueAt(DateTimeOffset now) =>
        h => h.Status == HoldStatus.Active && h.ExpiresAt != null && h.ExpiresAt <= now;

    public int ExtensionsLeft(HoldOptions options) => Math.Max(0, options.MaxExtensions - ExtensionCount);

    /// <summary>Why <see cref="Extend"/> would refuse now, or null when it would succeed.</summary>
    public DomainException? ExtensionBlocker(HoldOptions options, DateTimeOffset now)
    {
        if (Status != HoldStatus.Active)
        {
            return NotActive();
        }

        if (IsDueAt(now))
        {
            return Expired();
        }

        if (ExpiresAt is null)
        {
            return new DomainException(ErrorCodes.HoldNotExtendable, "This hold has no expiry to extend.");
        }

        if (FromWaitlist)
        {
            // The next in line is waiting for these units: their time is the hand-off's, no more.
            return new DomainException(ErrorCodes.HoldNotExtendable, "A hold handed on from the waitlist cannot be extended: others are waiting for it.");
        }

        if (ExtensionCount >= options.MaxExtensions)
        {
            return new DomainException(ErrorCodes.ExtensionLimit, $"This hold was already extended {ExtensionCount} times, the most allowed.");
        }

        if (ExpiresAt >= CreatedAt + options.MaxAge)
        {
            return new DomainException(ErrorCodes.HoldMaxAge, $"A hold cannot last longer than {DurationText.Describe(options.MaxAge)}.");
        }

        return null;
    }

    internal void Extend(HoldOptions options, DateTimeOffset now)
    {
        if (ExtensionBlocker(options, now) is { } blocker)
        {
            throw blocker;
        }

        var limit = CreatedAt + options.MaxAge;
        var extended = ExpiresAt!.Value + options.ExtensionLength;
        ExpiresAt = extended < limit ? extended : limit;
        ExtensionCount++;
        Touch(now);
    }

    internal void EnsureUsable(DateTimeOffset now)
    {
        if (Status != HoldStatus.Active)
        {
            throw NotActive();
        }

        if (IsDueAt(now))
        {
            throw Expired();
        }
    }

    internal void MoveTo(HoldStatus status, DateTimeOffset now, string? reason, string by)
    {
        // A converted hold's stock is the order's; only cancelling the order gives it back (ReleaseCommitted).
        if (Status != HoldStatus.Active || !HoldTransitions.CanMove(Status, status))
        {
            throw NotActive();
        }

        if (status == HoldStatus.Expired && !IsDueAt(now))
        {
            throw new DomainException(ErrorCodes.InvalidTransition, "A hold can only expire once its expiry has passed.");
        }

        if (status == HoldStatus.Converted)
        {
            EnsureUsable(now);
        }

        Close(status, now, reason, by);
    }

    /// <summary>Its order was cancelled before shipping: the committed stock goes back, the hold ends released.</summary>
    internal void ReleaseCommitted(DateTimeOffset now, string reason, string by)
    {
        if (Status != HoldStatus.Converted || !HoldTransitions.CanMove(Status, HoldStatus.Released))
        {
            throw NotActive();
        }

        Close(HoldStatus.Released, now, reason, by);
    }

    internal void TransferTo(HoldOwner owner, DateTimeOffset? expiresAt, DateTimeOffset now)
    {
        EnsureUsable(now);
        if (OwnerType == HoldOwnerType.Cart && owner.Type == HoldOwnerType.Order)
        {
            CheckedOutAt = now;
        }

        OwnerType = owner.Type;
        OwnerId = owner.Id;
        ExpiresAt = expiresAt;
        Touch(now);
    }

    internal void CountAgainst(string customerId, DateTimeOffset window)
    {
        CustomerId = customerId;
        LimitWindow = window;
    }

    internal void ChangeQuantity(int quantity, DateTimeOffset now)
    {
        EnsureUsable(now);
        Quantity = quantity;
        Touch(now);
    }

    internal void AddAllocation(int productId, int warehouseId, int quantity, int? unitId)
    {
        var existing = unitId is null
            ? _allocations.FirstOrDefault(a => a.ProductId == productId && a.WarehouseId == warehouseId && a.UnitId is null)
            : null;
        if (existing is not null)
        {
            existing.Quantity += quantity;
        }
        else
        {
            _allocations.Add(new HoldAllocation(productId, warehouseId, quantity, unitId));
        }
    }

    internal void RemoveAllocation(HoldAllocation allocation) => _allocations.Remove(allocation);

    /// <summary>An active hold as stored, for the set-based paths that read rows without EF Core.</summary>
    internal static Hold Restore(Guid id, HoldOwner owner, int productId, int quantity, DateTimeOffset createdAt, DateTimeOffset updatedAt,
        DateTimeOffset? expiresAt, int extensionCount, int version, string? customerId = null, DateTimeOffset? limitWindow = null) =>
        new()
        {
            Id = id,
            OwnerType = owner.Type,
            OwnerId = owner.Id,
            ProductId = productId,
            Quantity = quantity,
            Status = HoldStatus.Active,
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
            ExpiresAt = expiresAt,
            ExtensionCount = extensionCount,
            Version = version,
            CustomerId = customerId,
            LimitWindow = limitWindow,
        };

    internal void RestoreAllocation(HoldAllocation allocation) => _allocations.Add(allocation);

    private void Close(HoldStatus status, DateTimeOffset now, string? reason, string by)
    {
        Status = status;
        ClosedAt = now;
        CloseReason = reason;
        ClosedBy = by;
        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }

    private DomainException NotActive() =>
        new(ErrorCodes.HoldNotActive, $"This hold is already {Status.ToString().ToLowerInvariant()}.", new Dictionary<string, object?> { ["status"] = Status.ToString() });

    private static DomainException Expired() =>
        new(ErrorCodes.HoldExpired, "This hold has expired; its stock is no longer reserved for you.");
}
