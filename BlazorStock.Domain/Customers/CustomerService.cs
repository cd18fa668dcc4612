using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Waitlist;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Domain.Customers;

/// <summary>
/// What a shopper account does to stock and orders (issue 17). The domain knows an account only as an opaque
/// customer id and the id of its cart; sign-in and passwords live in the web host.
/// </summary>
public sealed class CustomerService(StockWriter writer, OperationContext operation, HoldService holds)
{
    public const string MergedReason = "Moved to the account's cart at sign-in";

    /// <summary>
    /// Moves the anonymous cart's usable holds into the account's cart in one write: a product the account's cart
    /// already holds grows that hold (within the line and per-customer limits); the rest change owner. A line that
    /// cannot move stays where it was and is returned with the reason.
    /// </summary>
    public Task<CartMergeResult> MergeCartAsync(string anonymousCartId, string accountCartId, string customerId, CancellationToken cancellationToken) =>
        writer.WriteAsync(operation, async w =>
        {
            if (anonymousCartId == accountCartId)
            {
                return new CartMergeResult(0, []);
            }

            var from = await CartHoldsAsync(w, anonymousCartId);
            var into = (await CartHoldsAsync(w, accountCartId)).ToDictionary(h => h.ProductId);
            var moved = 0;
            var notMoved = new List<UnmovedLine>();
            foreach (var hold in from)
            {
                var product = await holds.LoadProductAsync(w, hold.ProductId, requireActive: false);
                if (hold.IsDueAt(w.Now))
                {
                    notMoved.Add(new UnmovedLine(product.Id, product.Name, hold.Quantity, "its hold had run out"));
                    continue;
                }

                into.TryGetValue(hold.ProductId, out var target);
                if (target is not null && target.IsDueAt(w.Now))
                {
                    await holds.ExpireAsync(w, [target]);
                    target = null;
                }

                var total = hold.Quantity + (target?.Quantity ?? 0);
                if (holds.QuantityProblem(total) is { } tooMany)
                {
                    notMoved.Add(new UnmovedLine(product.Id, product.Name, hold.Quantity, tooMany.Message));
                    continue;
                }

                try
                {
                    // The count moves first: when it refuses, nothing else of this line has changed.
                    await CustomerLimit.CountAsync(w, product, target ?? hold, customerId, total);
                }
                catch (DomainException refused) when (refused.Code == ErrorCodes.LimitExceeded)
                {
                    notMoved.Add(new UnmovedLine(product.Id, product.Name, hold.Quantity, refused.Message));
                    continue;
                }

                if (target is null)
                {
                    holds.Transfer(w, hold, product, HoldOwner.Cart(accountCartId), hold.ExpiresAt);
                }
                else
                {
                    // Released and reserved again in one transaction: nobody can take the units in between.
                    var before = HoldService.Describe(target);
                    await holds.ReleaseAsync(w, hold, product, MergedReason, hold.Owner.ToString());
                    await holds.GrowAsync(w, target, product, hold.Quantity, before);
                }

                moved++;
            }

            await WaitlistService.MoveAsync(w, anonymousCartId, accountCartId, customerId);
            return new CartMergeResult(moved, notMoved);
        }, cancellationToken);

    /// <summary>
    /// The account is being deleted: its open holds are released and its orders kept without naming it (stock,
    /// payments and reports still need them).
    /// </summary>
    public Task<int> ForgetAsync(string customerId, string accountCartId, CancellationToken cancellationToken) =>
        writer.WriteAsync(operation, async w =>
        {
            var open = await w.Db.Holds.Include(h => h.Allocations)
                .Where(h => h.Status == HoldStatus.Active && h.OwnerType == HoldOwnerType.Cart && (h.CustomerId == customerId || h.OwnerId == accountCartId))
                .ToListAsync();
            foreach (var hold in open)
            {
                await holds.ReleaseAsync(w, hold, await holds.LoadProductAsync(w, hold.ProductId, requireActive: false), "Shopper deleted their account");
            }

            await WaitlistService.LeaveAllAsync(w, customerId, accountCartId, "Shopper deleted their account");
            var orders = await w.Db.Orders.Where(o => o.CustomerId == customerId || o.CartId == accountCartId).ToListAsync();
            foreach (var order in orders)
            {
                order.Anonymise(w.Now);
                w.Audit("order.anonymised", AuditObjectTypes.Order, order.Id.ToString(), null, new { order.Customer }, "Shopper deleted their account");
            }

            return open.Count;
        }, cancellationToken);

    private static Task<List<Hold>> CartHoldsAsync(WriteContext w, string cartId) =>
        w.Db.Holds.Include(h => h.Allocations)
            .Where(h => h.OwnerType == HoldOwnerType.Cart && h.OwnerId == cartId && h.Status == HoldStatus.Active)
            .OrderBy(h => h.CreatedAt)
            .ToListAsync();
}
