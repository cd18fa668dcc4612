using System.Globalization;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Api.Paging;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Api.Admin;

/// <summary>
/// All holds for staff (the API's admin list and the back office's holds page), filtered and keyset-paged on
/// the sort key and the id: newest or oldest first, or by expiry either way (holds with an expiry only).
/// </summary>
public static class HoldQueries
{
    public static readonly IReadOnlyList<string> Sorts = ["-createdAt", "createdAt", "expiresAt", "-expiresAt"];

    private const string CursorKind = "holds";

    /// <summary>A page of holds, or null when the cursor is not valid for this sort.</summary>
    public static async Task<Page<HoldRow>?> ListAsync(
        StockDbContext db, HoldOptions options, HoldFilter filter, string? cursor, int take, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sort = Sorts.Contains(filter.Sort) ? filter.Sort : Sorts[0];
        var query = Filter(db.Holds.AsNoTracking(), filter, now);
        if (cursor is not null)
        {
            if (!Cursor.TryDecode(cursor, 4, out var parts) || parts[0] != CursorKind || parts[1] != sort
                || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) || !Guid.TryParse(parts[3], out var lastId))
            {
                return null;
            }

            var at = new DateTimeOffset(ticks, TimeSpan.Zero);
            query = sort switch
            {
                "createdAt" => query.Where(h => h.CreatedAt > at || (h.CreatedAt == at && h.Id.CompareTo(lastId) > 0)),
                "expiresAt" => query.Where(h => h.ExpiresAt > at || (h.ExpiresAt == at && h.Id.CompareTo(lastId) > 0)),
                "-expiresAt" => query.Where(h => h.ExpiresAt < at || (h.ExpiresAt == at && h.Id.CompareTo(lastId) < 0)),
                _ => query.Where(h => h.CreatedAt < at || (h.CreatedAt == at && h.Id.CompareTo(lastId) < 0)),
            };
        }

        query = sort switch
        {
            "createdAt" => query.OrderBy(h => h.CreatedAt).ThenBy(h => h.Id),
            "expiresAt" => query.Where(h => h.ExpiresAt != null).OrderBy(h => h.ExpiresAt).ThenBy(h => h.Id),
            "-expiresAt" => query.Where(h => h.ExpiresAt != null).OrderByDescending(h => h.ExpiresAt).ThenByDescending(h => h.Id),
            _ => query.OrderByDescending(h => h.CreatedAt).ThenByDescending(h => h.Id),
        };
        var rows = await query.Take(take + 1)
            .Join(db.Products, h => h.ProductId, p => p.Id, (h, p) => new { Hold = h, p.Sku, p.Name })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Hold.Id).ToList();
        var warehouses = (await db.HoldAllocations.AsNoTracking()
                .Where(a => ids.Contains(a.HoldId))
                .Select(a => new { a.HoldId, a.WarehouseId })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.HoldId, a => a.WarehouseId);
        return Cursor.ToPage(rows, take,
            r => new HoldRow(r.Hold.Id, r.Hold.ProductId, r.Sku, r.Name, r.Hold.Quantity, r.Hold.Status, r.Hold.OwnerType, r.Hold.OwnerId,
                r.Hold.CreatedAt, r.Hold.ExpiresAt, r.Hold.ExtensionsLeft(options), r.Hold.ClosedAt, r.Hold.CloseReason,
                warehouses[r.Hold.Id].Distinct().Order().ToList(), r.Hold.ExtensionBlocker(options, now)?.Message),
            r => Cursor.Encode(CursorKind, sort, (sort.EndsWith("expiresAt", StringComparison.Ordinal) ? r.Hold.ExpiresAt!.Value : r.Hold.CreatedAt).UtcTicks.ToString(CultureInfo.InvariantCulture), r.Hold.Id.ToString()));
    }

    private static IQueryable<Hold> Filter(IQueryable<Hold> query, HoldFilter filter, DateTimeOffset now)
    {
        if (filter.Status is { } status)
        {
            query = query.Where(h => h.Status == status);
        }

        if (filter.ProductId is { } product)
        {
            query = query.Where(h => h.ProductId == product);
        }

        if (filter.WarehouseId is { } warehouse)
        {
            query = query.Where(h => h.Allocations.Any(a => a.WarehouseId == warehouse));
        }

        if (filter.OwnerType is { } owner)
        {
            query = query.Where(h => h.OwnerType == owner);
        }

        if (filter.ExpiringWithinMinutes is { } minutes)
        {
            var until = now.AddMinutes(minutes);
            query = query.Where(h => h.Status == HoldStatus.Active && h.ExpiresAt != null && h.ExpiresAt > now && h.ExpiresAt <= until);
        }

        return query;
    }
}
