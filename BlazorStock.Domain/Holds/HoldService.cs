using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorStock.Domain.Holds;

/// <summary>
/// Holds on stock: create or grow, change quantity, extend, release, expire. Pass the owner to act as a
/// shopper (another owner's hold is "not found"); pass null to act as staff.
/// </summary>
public sealed class HoldService
{
    private const string DueHolds = $"""
        SELECT {HoldRows.ActiveColumns}
        FROM (SELECT * FROM "Holds" WHERE "Status" = 'Active' AND "ExpiresAt" IS NOT NULL AND "ExpiresAt" <= ?1 ORDER BY "ExpiresAt" LIMIT ?2) AS h
        LEFT JOIN "HoldAllocations" AS a ON a."HoldId" = h."Id"
        ORDER BY h."ExpiresAt", a."Id"
        """;

    private static readonly object ActiveStatus = new { status = HoldStatus.Active };
    private static readonly object ExpiredStatus = new { status = HoldStatus.Expired };
    private readonly StockWriter _writer;
    private readonly OperationContext _operation;
    private readonly ProductCache _products;
    private readonly HoldOptions _options;
    private readonly WriteGroup<HoldRequest, HoldResult> _placement;

    public HoldService(StockWriter writer, OperationContext operation, IOptions<HoldOptions> options, ProductCache products)
    {
        _writer = writer;
        _operation = operation;
        _products = products;
        _options = options.Value;
        _placement = new WriteGroup<HoldRequest, HoldResult>("holds.place", new HoldPlacement(this, _options).PlaceAsync);
    }

    public Task<HoldResult> HoldAsync(HoldRequest request, CancellationToken cancellationToken)
    {
        request = request.ClientAddress is null ? request with { ClientAddress = _operation.ClientAddress } : request;
        var quantity = request.UnitIds is { Count: > 0 } units ? units.Count : request.Quantity;
        ValidateQuantity(quantity);
        Func<WriteContext, Task<HoldResult>> alone = w => HoldOneAsync(w, request, quantity);
        return request.UnitIds is { Count: > 0 }
            ? _writer.WriteAsync(_operation, alone, cancellationToken)
            : _writer.WriteAsync(_operation, _placement, request, alone, cancellationToken);
    }

    /// <summary>Grows or shrinks a hold to <paramref name="quantity"/>, atomically.</summary>
    public Task<HoldSnapshot> ChangeQuantityAsync(Guid holdId, HoldOwner? owner, int quantity, CancellationToken cancellationToken)
    {
        ValidateQuantity(quantity);
        var address = _operation.ClientAddress;
        return _writer.WriteAsync(_operation, async w =>
        {
            var hold = await LoadHoldAsync(w, holdId, owner);
            hold.EnsureUsable(w.Now);
            var product = await LoadProductAsync(w, hold.ProductId, requireActive: false);
            var before = Describe(hold);
            if (quantity > hold.Quantity)
            {
                if (hold.CustomerId is null)
                {
                    await EnforceCustomerLimitAsync(w, product, hold.Owner, quantity);
                }

                await CustomerLimit.CountAsync(w, product, hold, null, quantity);
                AddressLimit.Enforce(w, product, hold.Owner, address, quantity - hold.Quantity, _options);
                await StockAllocator.ReserveAsync(w, hold, product, quantity - hold.Quantity, null);
            }
            else if (quantity < hold.Quantity)
            {
                await StockAllocator.ReleasePartAsync(w, hold, product, hold.Quantity - quantity, "Quantity reduced");
                await CustomerLimit.GiveBackAsync(w, hold, hold.Quantity - quantity);
            }

            hold.ChangeQuantity(quantity, w.Now);
            return Changed(w, hold, product, before, "hold.quantity_changed");
        }, cancellationToken);
    }

    public Task<HoldSnapshot> ExtendAsync(Guid holdId, HoldOwner? owner, string? reason, CancellationToken cancellationToken) =>
        _writer.WriteAsync(_operation, async w =>
        {
            var hold = await LoadHoldAsync(w, holdId, owner);
            var before = Describe(hold);
            hold.Extend(_options, w.Now);
            var product = await LoadProductAsync(w, hold.ProductId, requireActive: false);
            w.Audit("hold.extended", AuditObjectTypes.Hold, hold.Id.ToString(), before, Describe(hold), reason);
            var snapshot = Snapshot(hold, product);
            w.Publish(new HoldExtended(w.Now, snapshot));
            return snapshot;
        }, cancellationToken);

    /// <summary>Staff release someone's hold, with the reason the audit log keeps.</summary>
    public Task<HoldSnapshot> ReleaseAsStaffAsync(Guid holdId, string? reason, CancellationToken cancellationToken) =>
        ReleaseAsync(holdId, null, $"Released by staff: {StaffReason.Require(reason)}", by: null, cancellationToken);

    /// <summary>Staff give someone's hold more time (within the extension policy), with the reason the audit log keeps.</summary>
    public Task<HoldSnapshot> ExtendAsStaffAsync(Guid holdId, string? reason, CancellationToken cancellationToken) =>
        ExtendAsync(holdId, null, $"Extended by staff: {StaffReason.Require(reason)}", cancellationToken);

    /// <summary>
    /// The owner gives up its own hold (a shopper removing a cart line). It is recorded as closed by the owner,
    /// whoever is signed in, so the cart never tells its shopper the shop released it.
    /// </summary>
    public Task<HoldSnapshot> ReleaseAsync(Guid holdId, HoldOwner owner, CancellationToken cancellationToken) =>
        ReleaseAsync(holdId, owner, HoldReasons.RemovedByShopper, owner.ToString(), cancellationToken);

    private Task<HoldSnapshot> ReleaseAsync(Guid holdId, HoldOwner? owner, string reason, string? by, CancellationToken cancellationToken) =>
        _writer.WriteAsync(_operation, async w =>
        {
            var hold = await LoadHoldAsync(w, holdId, owner);
            var product = await LoadProductAsync(w, hold.ProductId, requireActive: false);
            await ReleaseAsync(w, hold, product, reason, by);
            return Snapshot(hold, product);
        }, cancellationToken);

    /// <summary>Expires due holds oldest first, one write per batch, until none is due.</summary>
    public async Task<ExpiryResult> ExpireDueAsync(int batchSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var (holds, units, batches) = (0, 0, 0);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (expired, released) = await _writer.WriteAsync(_operation, async w =>
            {
                var due = HoldRows.ReadActive(w.Statements, DueHolds, w.Now, batchSize);
                await ExpireAsync(w, due);
                return (due.Count, due.Sum(h => h.Allocations.Count(a => a.UnitId != null)));
            }, cancellationToken);
            if (expired == 0)
            {
                return new ExpiryResult(holds, units, batches);
            }

            (holds, units, batches) = (holds + expired, units + released, batches + 1);
            if (expired < batchSize)
            {
                return new ExpiryResult(holds, units, batches);
            }
        }
    }

    /// <summary>
    /// What <see cref="ExpireDueAsync"/> would expire now, changing nothing (cleanup's dry run). Read inside
    /// the writer, like OrderService's dry run, so it counts the state the next write would see.
    /// </summary>
    public Task<ExpiryResult> PreviewExpiryAsync(CancellationToken cancellationToken) =>
        _writer.WriteAsync(_operation, async w =>
        {
            var due = w.Db.Holds.Where(Hold.ActiveAndDueAt(w.Now));
            var holds = await due.CountAsync(cancellationToken);
            var units = await due.SelectMany(h => h.Allocations).CountAsync(a => a.UnitId != null, cancellationToken);
            return new ExpiryResult(holds, units, 0);
        }, cancellationToken);

    /// <summary>
    /// Expires one owner's due holds now instead of waiting for the cleanup job: a shopper's countdown
    /// reached zero, so their stock goes back on sale at once (issue 3). Returns how many expired.
    /// </summary>
    public Task<int> ExpireDueAsync(HoldOwner owner, CancellationToken cancellationToken) =>
        _writer.WriteAsync(_operation, async w =>
        {
            var due = await w.Db.Holds.AsNoTracking().Include(h => h.Allocations)
                .Where(h => h.OwnerType == owner.Type && h.OwnerId == owner.Id && h.Status == HoldStatus.Active && h.ExpiresAt != null && h.ExpiresAt <= w.Now)
                .ToListAsync();
            await ExpireAsync(w, due);
            return due.Count;
        }, cancellationToken);

    private async Task<HoldResult> HoldOneAsync(WriteContext w, HoldRequest request, int quantity)
    {
        var product = await LoadProductAsync(w, request.ProductId);
        if (request.Owner.Type == HoldOwnerType.Cart && product.ShopperBlocker(w.Now, request.CustomerId is not null) is { } blocked)
        {
            throw blocked;
        }

        var existing = await w.Db.Holds.Include(h => h.Allocations)
            .SingleOrDefaultAsync(h => h.OwnerType == request.Owner.Type && h.OwnerId == request.Owner.Id && h.ProductId == product.Id && h.Status == HoldStatus.Active);
        if (existing is not null && existing.IsDueAt(w.Now))
        {
            await ExpireAsync(w, [existing]);
            existing = null;
        }

        var total = quantity + (existing?.Quantity ?? 0);
        ValidateQuantity(total);
        if (!CustomerLimit.Applies(product, existing?.CustomerId ?? request.CustomerId))
        {
            await EnforceCustomerLimitAsync(w, product, request.Owner, total);
        }

        AddressLimit.Enforce(w, product, request.Owner, request.ClientAddress, quantity, _options);
        if (existing is not null)
        {
            var before = Describe(existing);
            await CustomerLimit.CountAsync(w, product, existing, request.CustomerId, total);
            await StockAllocator.ReserveAsync(w, existing, product, quantity, request.UnitIds);
            existing.ChangeQuantity(total, w.Now);
            return new HoldResult(Changed(w, existing, product, before, "hold.grown"), Created: false);
        }

        var hold = await CreateAsync(w, request.Owner, product, quantity, request.UnitIds, request.NoExpiry, request.ClientAddress, request.CustomerId);
        return new HoldResult(Snapshot(hold, product), Created: true);
    }

    internal Task<Hold> CreateAsync(WriteContext w, HoldOwner owner, Product product, int quantity, IReadOnlyList<int>? unitIds, bool noExpiry,
        string? clientAddress = null, string? customerId = null) =>
        CreateAsync(w, _options, owner, product, quantity, unitIds,
            noExpiry ? null : _options.FirstExpiry(w.Now, product.HoldDuration), AddressLimit.AddressFor(product, owner, clientAddress, _options), customerId);

    /// <summary>Places a new hold: the customer's count first (it refuses without side effects), then the stock.</summary>
    internal static async Task<Hold> CreateAsync(WriteContext w, HoldOptions options, HoldOwner owner, Product product, int quantity, IReadOnlyList<int>? unitIds,
        DateTimeOffset? expiresAt, string? address, string? customerId, bool fromWaitlist = false)
    {
        var hold = new Hold(owner, product.Id, quantity, w.Now, expiresAt, address, customerId, fromWaitlist);
        await CustomerLimit.CountAsync(w, product, hold, customerId, quantity);
        await StockAllocator.ReserveAsync(w, hold, product, quantity, unitIds);
        w.Db.Holds.Add(hold);
        w.Audit("hold.created", AuditObjectTypes.Hold, hold.Id.ToString(), null, Describe(hold), reference: hold.Owner.ToString());
        w.Publish(new HoldCreated(w.Now, HoldSnapshot.From(hold, product, options)));
        return hold;
    }

    /// <param name="by">Who gave it up, when not the audit actor (its owner).</param>
    internal async Task ReleaseAsync(WriteContext w, Hold hold, Product product, string reason, string? by = null)
    {
        var before = Describe(hold);
        by ??= w.Actor;
        hold.MoveTo(HoldStatus.Released, w.Now, reason, by);
        await StockAllocator.ReleaseAllAsync(w, [hold], reason);
        await CustomerLimit.GiveBackAsync(w, hold, hold.Quantity);
        w.Audit("hold.released", AuditObjectTypes.Hold, hold.Id.ToString(), before, Describe(hold), reason);
        w.Publish(new HoldReleased(w.Now, Snapshot(hold, product), by, reason));
    }

    /// <summary>The hold's stock becomes committed to its order; it stays reserved until shipped.</summary>
    internal void Convert(WriteContext w, Hold hold, Product product, Guid orderId)
    {
        var before = Describe(hold);
        hold.MoveTo(HoldStatus.Converted, w.Now, $"Order {orderId} confirmed", w.Actor);
        w.Audit("hold.converted", AuditObjectTypes.Hold, hold.Id.ToString(), before, Describe(hold), reference: $"order:{orderId}");
        w.Publish(new HoldConverted(w.Now, Snapshot(hold, product)));
    }

    /// <summary>The hold's order was cancelled before shipping; the caller gives the committed stock back.</summary>
    internal async Task ReleaseCommittedAsync(WriteContext w, Hold hold, Product product, string reason)
    {
        var before = Describe(hold);
        hold.ReleaseCommitted(w.Now, reason, w.Actor);
        await CustomerLimit.GiveBackAsync(w, hold, hold.Quantity);
        w.Audit("hold.released", AuditObjectTypes.Hold, hold.Id.ToString(), before, Describe(hold), reason);
        w.Publish(new HoldReleased(w.Now, Snapshot(hold, product), w.Actor, reason));
    }

    internal void Transfer(WriteContext w, Hold hold, Product product, HoldOwner owner, DateTimeOffset? expiresAt = null)
    {
        var before = Describe(hold);
        hold.TransferTo(owner, expiresAt, w.Now);
        Changed(w, hold, product, before, "hold.transferred");
    }

    /// <summary>Reserves <paramref name="adding"/> more for an already counted hold (its customer's limit taken by the caller).</summary>
    internal async Task GrowAsync(WriteContext w, Hold hold, Product product, int adding, object before)
    {
        await StockAllocator.ReserveAsync(w, hold, product, adding, null);
        hold.ChangeQuantity(hold.Quantity + adding, w.Now);
        Changed(w, hold, product, before, "hold.grown");
    }

    /// <summary>
    /// Expires due holds set-based: prepared updates guarded by each hold's version, one stock release per
    /// stock level, one audit row and one event per hold. Holds EF Core tracks are detached first, so the
    /// change is written once.
    /// </summary>
    internal async Task ExpireAsync(WriteContext w, IReadOnlyList<Hold> holds)
    {
        if (holds.Count == 0)
        {
            return;
        }

        foreach (var entry in w.Db.ChangeTracker.Entries<Hold>().Where(e => holds.Contains(e.Entity)).ToList())
        {
            entry.State = EntityState.Detached;
        }

        foreach (var hold in holds)
        {
            var original = new HoldOriginal(hold);
            hold.MoveTo(HoldStatus.Expired, w.Now, "Expired", w.Actor);
            HoldRows.Update(w.Statements, hold, original);
        }

        await StockAllocator.ReleaseAllAsync(w, holds, "Hold expired");
        foreach (var hold in holds)
        {
            await CustomerLimit.GiveBackAsync(w, hold, hold.Quantity);
            w.Audit("hold.expired", AuditObjectTypes.Hold, hold.Id.ToString(), ActiveStatus, ExpiredStatus);
            w.Publish(new HoldExpired(w.Now, Snapshot(hold, await LoadProductAsync(w, hold.ProductId, requireActive: false))));
        }
    }

    internal async Task<Product> LoadProductAsync(WriteContext w, int productId, bool requireActive = true)
    {
        var product = await _products.FindAsync(w, productId)
            ?? throw new DomainException(ErrorCodes.ProductNotFound, $"Product {productId} does not exist.");
        if (requireActive && !product.IsActive)
        {
            throw new DomainException(ErrorCodes.ProductInactive, $"'{product.Name}' is not for sale.");
        }

        return product;
    }

    private HoldSnapshot Snapshot(Hold hold, Product product) => HoldSnapshot.From(hold, product, _options);

    private HoldSnapshot Changed(WriteContext w, Hold hold, Product product, object before, string action)
    {
        w.Audit(action, AuditObjectTypes.Hold, hold.Id.ToString(), before, Describe(hold));
        var snapshot = Snapshot(hold, product);
        w.Publish(new HoldChanged(w.Now, snapshot));
        return snapshot;
    }

    private static async Task<Hold> LoadHoldAsync(WriteContext w, Guid holdId, HoldOwner? owner)
    {
        var hold = await w.Db.Holds.Include(h => h.Allocations).SingleOrDefaultAsync(h => h.Id == holdId);
        if (hold is null || (owner is not null && hold.Owner != owner))
        {
            throw new DomainException(ErrorCodes.HoldNotFound, "No such hold.");
        }

        return hold;
    }

    internal static DomainException LimitExceeded(Product product, int limit, int ordered) =>
        new(ErrorCodes.LimitExceeded,
            $"'{product.Name}' is limited to {limit} per customer.",
            new Dictionary<string, object?> { ["limit"] = limit, ["alreadyHeldOrOrdered"] = ordered });

    private async Task EnforceCustomerLimitAsync(WriteContext w, Product product, HoldOwner owner, int wanted)
    {
        if (product.PerCustomerLimit is not { } limit || owner.Type != HoldOwnerType.Cart)
        {
            return;
        }

        // Bought or ordered before counts too: a drop's limit is per customer, not per cart line.
        var ordered = await w.Db.Orders
            .Where(o => o.CartId == owner.Id && o.Status != OrderStatus.Cancelled)
            .SelectMany(o => o.Lines)
            .Where(l => l.ProductId == product.Id)
            .SumAsync(l => l.Quantity);
        if (ordered + wanted > limit)
        {
            throw LimitExceeded(product, limit, ordered);
        }
    }

    internal DomainException? QuantityProblem(int quantity) =>
        quantity < 1 || quantity > _options.MaxQuantityPerLine
            ? new DomainException(ErrorCodes.InvalidQuantity, $"Quantity must be between 1 and {_options.MaxQuantityPerLine}.")
            : null;

    private void ValidateQuantity(int quantity)
    {
        if (QuantityProblem(quantity) is { } problem)
        {
            throw problem;
        }
    }

    internal static object Describe(Hold hold) => hold.FromWaitlist
        ? new { hold.Status, hold.Quantity, hold.ExpiresAt, hold.ExtensionCount, Owner = hold.Owner.ToString(), hold.FromWaitlist }
        : new { hold.Status, hold.Quantity, hold.ExpiresAt, hold.ExtensionCount, Owner = hold.Owner.ToString() };
}
