using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Waitlist;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Features.Waitlist;

/// <summary>Reads of the waitlists: a shopper's place in one line, and every line for the back office.</summary>
public sealed class WaitlistReader(IDbContextFactory<StockDbContext> contexts)
{
    public async Task<WaitlistPlace> PlaceAsync(int productId, string? cartId, string? customerId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var line = db.WaitlistEntries.AsNoTracking().Where(e => e.ProductId == productId && e.Status == WaitlistStatus.Waiting);
        var waiting = await line.CountAsync(cancellationToken);
        var mine = cartId is null && customerId is null
            ? null
            : await line.Where(e => e.CartId == cartId || (customerId != null && e.CustomerId == customerId))
                .Select(e => new { e.Id, e.Quantity }).FirstOrDefaultAsync(cancellationToken);
        if (mine is null)
        {
            var holding = cartId is not null && await db.Holds.AsNoTracking()
                .AnyAsync(h => h.OwnerType == HoldOwnerType.Cart && h.OwnerId == cartId && h.ProductId == productId && h.Status == HoldStatus.Active, cancellationToken);
            return new WaitlistPlace(waiting, null, null, holding);
        }

        var ahead = await line.CountAsync(e => e.Id < mine.Id, cancellationToken);
        return new WaitlistPlace(waiting, ahead + 1, mine.Quantity);
    }

    /// <summary>Every product's line (waiting entries in order) and the latest entries that left one, for staff.</summary>
    public async Task<List<WaitlistRow>> RowsAsync(int recentClosed, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var waiting = await Rows(db.WaitlistEntries.AsNoTracking().Where(e => e.Status == WaitlistStatus.Waiting).OrderBy(e => e.ProductId).ThenBy(e => e.Id), db)
            .ToListAsync(cancellationToken);
        var closed = await Rows(db.WaitlistEntries.AsNoTracking().Where(e => e.Status != WaitlistStatus.Waiting).OrderByDescending(e => e.ClosedAt).Take(recentClosed), db)
            .ToListAsync(cancellationToken);
        return [.. waiting, .. closed];
    }

    private static IQueryable<WaitlistRow> Rows(IQueryable<WaitlistEntry> entries, StockDbContext db) =>
        entries.Join(db.Products, e => e.ProductId, p => p.Id, (e, p) => new WaitlistRow(
            e.Id, p.Id, p.Name, p.Sku, e.CartId, e.CustomerId != null, e.Quantity, e.Status, e.JoinedAt, e.ClosedAt, e.CloseReason, e.HoldId, e.HandedQuantity));
}
