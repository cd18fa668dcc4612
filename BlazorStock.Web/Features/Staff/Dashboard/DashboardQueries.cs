using BlazorStock.Domain.Analytics;
using BlazorStock.Domain.Holds;
using BlazorStock.Web.Features.Staff.Analytics;
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

        var created24h = await db.Holds.AsNoTracking().CountAsync(h => h.CreatedAt > since, cancellationToken);
        var lowProducts = stock.Where(r => r.IsLow).Select(r => r.ProductId).Distinct().Count();
        var stats = new DashboardStats(activeCount, units, expiring, created24h, outcomes, lowProducts);

        // Counted per hour in the database, as the analytics page does: a drop's day of holds never comes into memory.
        var (from, to) = AnalyticsPeriod.Of("24h").WindowAt(now);
        var hours = await AnalyticsQueries.BucketsAsync(db, from, to, TimeSpan.FromHours(1), null, cancellationToken);
        var hourly = new HourlyCounts(hours.Select(h => h.Start).ToList(), hours.Select(h => h.Created).ToList(),
            hours.Select(h => h.Outcomes.Expired).ToList(), hours.Select(h => h.Outcomes.Converted).ToList());
        return new DashboardView(now, stats, hourly, stock);
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
}
