using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Features.Staff.Dashboard;

/// <summary>What the dashboard shows, read in one go, first and on every live refresh.</summary>
public static class DashboardQueries
{
    public static readonly TimeSpan ExpiringWindow = TimeSpan.FromMinutes(5);

    public static async Task<DashboardView> LoadAsync(StockDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stock = await StockRowsAsync(db, cancellationToken);
        var since = now.AddHours(-24);
        var active = db.Holds.AsNoTracking().Where(h => h.Status == HoldStatus.Active && (h.ExpiresAt == null || h.ExpiresAt > now));
        var activeCount = await active.CountAsync(cancellationToken);
        var units = await active.SumAsync(h => (int?)h.Quantity, cancellationToken) ?? 0;
        var soon = now + ExpiringWindow;
        var expiring = await active.CountAsync(h => h.ExpiresAt != null && h.ExpiresAt <= soon, cancellationToken);

        var outcomes = await HoldOutcomes.CountAsync(db, since, now, cancellationToken);

        // Only the three instants are read, for the hourly chart; bucketing a day of holds by hour is cheaper
        // here than in SQLite's ticks. The stats' counts and rates come from HoldOutcomes, as the daily report's do.
        var recent = await db.Holds.AsNoTracking()
            .Where(h => h.CreatedAt > since || h.ClosedAt > since)
            .Select(h => new { h.CreatedAt, h.ClosedAt, h.Status })
            .ToListAsync(cancellationToken);
        var lowProducts = stock.Where(r => r.IsLow).Select(r => r.ProductId).Distinct().Count();
        var stats = new DashboardStats(activeCount, units, expiring, recent.Count(h => h.CreatedAt > since), outcomes, lowProducts);

        var first = new DateTimeOffset(now.UtcDateTime.Date.AddHours(now.UtcDateTime.Hour), TimeSpan.Zero).AddHours(-23);
        var hours = Enumerable.Range(0, 24).Select(i => first.AddHours(i)).ToList();
        int Bucket(DateTimeOffset at) => (int)Math.Floor((at - first).TotalHours);
        var created = new int[24];
        var expiredByHour = new int[24];
        var convertedByHour = new int[24];
        foreach (var hold in recent)
        {
            Count(created, Bucket(hold.CreatedAt));
            if (hold.ClosedAt is { } closedAt && hold.Status is HoldStatus.Expired or HoldStatus.Converted)
            {
                Count(hold.Status == HoldStatus.Expired ? expiredByHour : convertedByHour, Bucket(closedAt));
            }
        }

        return new DashboardView(now, stats, new HourlyCounts(hours, created, expiredByHour, convertedByHour), stock);
    }

    /// <summary>Every stocked product (not kits) per warehouse; a product never received shows once with zeros.</summary>
    public static async Task<List<StockRow>> StockRowsAsync(StockDbContext db, CancellationToken cancellationToken)
    {
        var products = await db.Products.AsNoTracking()
            .Where(p => p.IsActive && !db.KitComponents.Any(k => k.KitId == p.Id))
            .OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Sku, p.Name, p.LowStockThreshold })
            .ToListAsync(cancellationToken);
        var levels = await db.StockLevels.AsNoTracking()
            .Join(db.Warehouses, s => s.WarehouseId, w => w.Id, (s, w) => new { s.ProductId, s.WarehouseId, w.Code, s.OnHand, s.Reserved })
            .ToListAsync(cancellationToken);
        var byProduct = levels.ToLookup(l => l.ProductId);
        var rows = new List<StockRow>();
        foreach (var product in products)
        {
            var here = byProduct[product.Id].OrderBy(l => l.Code).ToList();
            var total = here.Sum(l => l.OnHand - l.Reserved);
            if (here.Count == 0)
            {
                rows.Add(new StockRow(product.Id, product.Sku, product.Name, null, "—", 0, 0, 0, 0, product.LowStockThreshold));
            }

            rows.AddRange(here.Select(l => new StockRow(product.Id, product.Sku, product.Name, l.WarehouseId, l.Code, l.OnHand, l.Reserved, l.OnHand - l.Reserved, total, product.LowStockThreshold)));
        }

        return rows;
    }

    private static void Count(int[] buckets, int index)
    {
        if (index is >= 0 and < 24)
        {
            buckets[index]++;
        }
    }
}
