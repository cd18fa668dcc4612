using System.Text.Json;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Stock;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Domain.Jobs;

/// <summary>Builds and stores the daily report: holds created, how the holds closed ended (<see cref="HoldOutcomes"/>), most held, low stock.</summary>
public sealed class ReportService(StockWriter writer, OperationContext operation)
{
    public Task<DailyReport> CreateDailyReportAsync(CancellationToken cancellationToken) =>
        writer.WriteAsync(operation, async w =>
        {
            var (from, to) = (w.Now.AddDays(-1), w.Now);
            var holds = w.Db.Holds.AsNoTracking();
            var created = await holds.CountAsync(h => h.CreatedAt > from && h.CreatedAt <= to);
            var outcomes = await HoldOutcomes.CountAsync(w.Db, from, to, cancellationToken);
            var mostHeld = await holds.Where(h => h.CreatedAt > from && h.CreatedAt <= to)
                .GroupBy(h => h.ProductId)
                .Select(g => new { ProductId = g.Key, Quantity = g.Sum(h => h.Quantity) })
                .OrderByDescending(g => g.Quantity)
                .Take(5)
                .ToListAsync();
            var names = await w.Db.Products.AsNoTracking().ToDictionaryAsync(p => p.Id, p => new { p.Name, p.LowStockThreshold, p.IsActive });
            var available = await StockQueries.AvailableByProductAsync(w.Db, null, cancellationToken);
            var lowStock = available.Where(a => names[a.Key].IsActive && a.Value <= names[a.Key].LowStockThreshold)
                .OrderBy(a => a.Value)
                .Select(a => new LowStockProduct(a.Key, names[a.Key].Name, a.Value, names[a.Key].LowStockThreshold));
            var report = new DailyReport(created, outcomes,
                JsonSerializer.Serialize(mostHeld.Select(m => new MostHeldProduct(m.ProductId, names[m.ProductId].Name, m.Quantity)), DailyReport.Json),
                JsonSerializer.Serialize(lowStock, DailyReport.Json));
            w.Db.DailyReports.Add(report);
            return report;
        }, cancellationToken);
}
