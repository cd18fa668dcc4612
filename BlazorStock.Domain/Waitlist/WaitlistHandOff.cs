using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorStock.Domain.Waitlist;

/// <summary>
/// Serves the waitlist from stock an operation freed, inside that operation's transaction (docs/decisions/009): the
/// writer calls it after any operation that made stock available (a release, an expiry, a cancelled order, a
/// receipt, a repair), so freed units are held for the first in line before anyone outside the line can see them.
/// Each entry in arrival order gets a hand-off hold for what it asked, or for what is free when less is.
/// </summary>
public sealed class WaitlistHandOff(ProductCache products, IOptions<HoldOptions> holdOptions, IOptions<WaitlistOptions> options)
{
    internal async Task ServeAsync(WriteContext w)
    {
        var freed = w.TakeFreed();
        var waiting = await w.Db.WaitlistEntries
            .Where(e => e.Status == WaitlistStatus.Waiting
                && (freed.Contains(e.ProductId) || w.Db.KitComponents.Any(k => k.KitId == e.ProductId && freed.Contains(k.ComponentId))))
            .Select(e => e.ProductId)
            .Distinct()
            .ToListAsync();
        if (waiting.Count == 0)
        {
            return;
        }

        // What the operation changed must be in the database before the line's reads (units picked, holds closed).
        if (w.Db.ChangeTracker.HasChanges())
        {
            await w.Db.SaveChangesAsync();
        }

        foreach (var productId in waiting.Order())
        {
            if (await products.FindAsync(w, productId) is { IsActive: true } product)
            {
                await ServeAsync(w, product);
            }
        }
    }

    private async Task ServeAsync(WriteContext w, Product product)
    {
        var served = new HashSet<long>();
        while (await StockAllocator.AvailableAsync(w, product) is var available and > 0)
        {
            var entry = await w.Db.WaitlistEntries
                .Where(e => e.ProductId == product.Id && e.Status == WaitlistStatus.Waiting && !served.Contains(e.Id))
                .OrderBy(e => e.Id)
                .FirstOrDefaultAsync();
            if (entry is null)
            {
                return;
            }

            served.Add(entry.Id);
            var before = entry.Describe();
            var owner = HoldOwner.Cart(entry.CartId);
            if (await w.Db.Holds.AnyAsync(h => h.OwnerType == owner.Type && h.OwnerId == owner.Id && h.ProductId == product.Id && h.Status == HoldStatus.Active))
            {
                Skip(w, entry, before, "Its cart already holds this product");
                continue;
            }

            var quantity = Math.Min(entry.Quantity, available);
            Hold hold;
            try
            {
                hold = await HoldService.CreateAsync(w, holdOptions.Value, owner, product, quantity, null, w.Now + options.Value.HandOffDuration,
                    address: null, entry.CustomerId, fromWaitlist: true);
            }
            catch (DomainException refused) when (refused.Code == ErrorCodes.LimitExceeded)
            {
                // Counted before anything was reserved: nothing to undo.
                Skip(w, entry, before, refused.Message);
                continue;
            }

            entry.HandOff(hold.Id, quantity, w.Now);
            w.Audit("waitlist.handed_off", AuditObjectTypes.Waitlist, entry.Id.ToString(), before, entry.Describe(), reference: $"hold:{hold.Id}");
            w.Publish(new HoldHandedOff(w.Now, HoldSnapshot.From(hold, product, holdOptions.Value)));
            w.Publish(new WaitlistChanged(w.Now, product.Id));
        }
    }

    private static void Skip(WriteContext w, WaitlistEntry entry, object before, string reason)
    {
        entry.Close(WaitlistStatus.Skipped, reason, w.Now);
        w.Audit("waitlist.skipped", AuditObjectTypes.Waitlist, entry.Id.ToString(), before, entry.Describe(), reason);
        w.Publish(new WaitlistChanged(w.Now, entry.ProductId));
    }
}
