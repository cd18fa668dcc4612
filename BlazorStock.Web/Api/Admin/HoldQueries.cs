using System.Globalization;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Api.Paging;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Api.Admin;

/// <summary>All holds for staff, newest first, keyset-paged on (CreatedAt, Id).</summary>
public static class HoldQueries
{
    /// <summary>A page of holds, or null when the cursor is not valid.</summary>
    public static async Task<Page<AdminHoldResponse>?> ListAsync(
        StockDbContext db, HoldOptions options, HoldStatus? status, int? productId, string? cursor, int take, CancellationToken cancellationToken)
    {
        var query = db.Holds.AsNoTracking();
        if (status is { } wanted)
        {
            query = query.Where(h => h.Status == wanted);
        }

        if (productId is { } product)
        {
            query = query.Where(h => h.ProductId == product);
        }

        if (cursor is not null)
        {
            if (!Cursor.TryDecode(cursor, 2, out var parts) || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                || !Guid.TryParse(parts[1], out var lastId))
            {
                return null;
            }

            var at = new DateTimeOffset(ticks, TimeSpan.Zero);
            query = query.Where(h => h.CreatedAt < at || (h.CreatedAt == at && h.Id.CompareTo(lastId) < 0));
        }

        var rows = await query.OrderByDescending(h => h.CreatedAt).ThenByDescending(h => h.Id)
            .Take(take + 1)
            .Join(db.Products, h => h.ProductId, p => p.Id, (h, p) => new { Hold = h, p.Sku })
            .ToListAsync(cancellationToken);
        return Cursor.ToPage(rows, take,
            r => new AdminHoldResponse(r.Hold.Id, r.Hold.ProductId, r.Sku, r.Hold.Quantity, r.Hold.Status, r.Hold.OwnerType, r.Hold.OwnerId,
                r.Hold.CreatedAt, r.Hold.ExpiresAt, r.Hold.ExtensionsLeft(options), r.Hold.ClosedAt, r.Hold.CloseReason),
            r => Cursor.Encode(r.Hold.CreatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture), r.Hold.Id.ToString()));
    }
}
