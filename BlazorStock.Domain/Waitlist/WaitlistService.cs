using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Domain.Waitlist;

/// <summary>
/// Joining and leaving a product's waitlist (issue 17). A cart (or account) waits once per product, only while
/// nothing of it is free, for at most what one line may hold and what its customer may still buy; the units come
/// to it through <see cref="WaitlistHandOff"/>.
/// </summary>
public sealed class WaitlistService(StockWriter writer, OperationContext operation, HoldService holds)
{
    public Task<WaitlistEntry> JoinAsync(string cartId, string? customerId, int productId, int quantity, CancellationToken cancellationToken)
    {
        if (holds.QuantityProblem(quantity) is { } invalid)
        {
            throw invalid;
        }

        return writer.WriteAsync(operation, async w =>
        {
            var product = await holds.LoadProductAsync(w, productId);
            if (product.ShopperBlocker(w.Now, customerId is not null) is { } blocked)
            {
                throw blocked;
            }

            await EnsureWithinLimitAsync(w, product, customerId, quantity);
            if (await StockAllocator.AvailableAsync(w, product) > 0)
            {
                throw new DomainException(ErrorCodes.NotSoldOut, $"'{product.Name}' is available now: add it to your cart instead.");
            }

            if (await w.Db.Holds.AnyAsync(h => h.OwnerType == HoldOwnerType.Cart && h.OwnerId == cartId && h.ProductId == productId && h.Status == HoldStatus.Active))
            {
                throw new DomainException(ErrorCodes.AlreadyWaiting, $"Your cart already holds '{product.Name}'.");
            }

            if (await w.Db.WaitlistEntries.AnyAsync(e => e.ProductId == productId && e.Status == WaitlistStatus.Waiting
                    && (e.CartId == cartId || (customerId != null && e.CustomerId == customerId))))
            {
                throw new DomainException(ErrorCodes.AlreadyWaiting, $"You are already on the waitlist for '{product.Name}'.");
            }

            var entry = new WaitlistEntry(productId, cartId, customerId, quantity, w.Now);
            w.Db.WaitlistEntries.Add(entry);
            await w.Db.SaveChangesAsync();
            w.Audit("waitlist.joined", AuditObjectTypes.Waitlist, entry.Id.ToString(), null, entry.Describe(), reference: $"product:{productId}");
            w.Publish(new WaitlistChanged(w.Now, productId));
            return entry;
        }, cancellationToken);
    }

    /// <summary>The cart (or account) leaves the product's line.</summary>
    public Task LeaveAsync(string cartId, string? customerId, int productId, CancellationToken cancellationToken) =>
        writer.WriteAsync(operation, async w =>
        {
            var entry = await w.Db.WaitlistEntries.FirstOrDefaultAsync(e => e.ProductId == productId && e.Status == WaitlistStatus.Waiting
                    && (e.CartId == cartId || (customerId != null && e.CustomerId == customerId)))
                ?? throw new DomainException(ErrorCodes.WaitlistEntryNotFound, "You are not on this waitlist.");
            Close(w, entry, WaitlistStatus.Left, "Left by shopper");
            return true;
        }, cancellationToken);

    /// <summary>An anonymous cart's places in line move to the account's cart at sign-in (where the account does not already wait).</summary>
    internal static async Task MoveAsync(WriteContext w, string fromCartId, string toCartId, string customerId)
    {
        var entries = await w.Db.WaitlistEntries.Where(e => e.CartId == fromCartId && e.Status == WaitlistStatus.Waiting).ToListAsync();
        foreach (var entry in entries)
        {
            var taken = await w.Db.WaitlistEntries.AnyAsync(e => e.ProductId == entry.ProductId && e.Status == WaitlistStatus.Waiting
                && (e.CartId == toCartId || e.CustomerId == customerId));
            if (taken)
            {
                Close(w, entry, WaitlistStatus.Left, "The account already waits for it");
                continue;
            }

            var before = entry.Describe();
            entry.MoveTo(toCartId, customerId);
            w.Audit("waitlist.moved", AuditObjectTypes.Waitlist, entry.Id.ToString(), before, entry.Describe(), "Shopper signed in");
        }
    }

    /// <summary>Every place in line of the customer or cart ends (account deleted).</summary>
    internal static async Task LeaveAllAsync(WriteContext w, string customerId, string cartId, string reason)
    {
        var entries = await w.Db.WaitlistEntries.Where(e => e.Status == WaitlistStatus.Waiting && (e.CustomerId == customerId || e.CartId == cartId)).ToListAsync();
        foreach (var entry in entries)
        {
            Close(w, entry, WaitlistStatus.Left, reason);
        }
    }

    private async Task EnsureWithinLimitAsync(WriteContext w, Product product, string? customerId, int quantity)
    {
        if (product.PerCustomerLimit is not { } limit)
        {
            return;
        }

        var used = customerId is null ? 0 : await CustomerLimit.UsedAsync(w.Db, product, customerId);
        if (used + quantity > limit)
        {
            throw HoldService.LimitExceeded(product, limit, used);
        }
    }

    private static void Close(WriteContext w, WaitlistEntry entry, WaitlistStatus status, string reason)
    {
        var before = entry.Describe();
        entry.Close(status, reason, w.Now);
        w.Audit($"waitlist.{status.ToString().ToLowerInvariant()}", AuditObjectTypes.Waitlist, entry.Id.ToString(), before, entry.Describe(), reason);
        w.Publish(new WaitlistChanged(w.Now, entry.ProductId));
    }
}
