using System.Text.Json;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Jobs;
using BlazorStock.Domain.Stock;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Jobs;

public sealed class ReportAndConsistencyJobTests
{
    private readonly TestClock _clock = new();

    [Fact]
    public async Task The_daily_report_counts_the_last_day_and_prunes_old_history()
    {
        await using var factory = JobHost.Create(_clock);
        factory.Settings["Jobs:HistoryRetention"] = "1.00:00:00";
        var warehouse = await factory.WithAsync<CatalogService, Warehouse>(c => c.CreateWarehouseAsync("MAIN", "Main", CancellationToken.None));
        var lamp = await factory.WithAsync<CatalogService, Product>(c => c.CreateProductAsync(new ProductDetails("LAMP", "Lamp", "", "Lighting", 10m, LowStockThreshold: 5), null, CancellationToken.None));
        await factory.WithAsync<StockService, StockLevel>(s => s.AdjustAsync(lamp.Id, warehouse.Id, 6, "Received", CancellationToken.None));
        var old = await factory.RunAsync(JobKeys.ExpireHolds);
        _clock.Advance(TimeSpan.FromDays(2));
        await factory.WithAsync<HoldService, HoldResult>(h => h.HoldAsync(new HoldRequest(HoldOwner.Cart("a"), lamp.Id, 2), CancellationToken.None));
        await factory.WithAsync<HoldService, HoldResult>(h => h.HoldAsync(new HoldRequest(HoldOwner.Cart("b"), lamp.Id, 1), CancellationToken.None));
        _clock.Advance(TimeSpan.FromMinutes(20));
        await factory.WithAsync<HoldService, ExpiryResult>(h => h.ExpireDueAsync(100, CancellationToken.None));

        var run = await factory.RunAsync(JobKeys.DailyReport);

        Assert.Equal(JobOutcome.Succeeded, run.Outcome);
        var report = await factory.QueryAsync(db => db.DailyReports.AsNoTracking().SingleAsync());
        Assert.Equal((2, 2, 0), (report.HoldsCreated, report.HoldsExpired, report.HoldsConverted));
        var mostHeld = JsonDocument.Parse(report.MostHeldJson).RootElement[0];
        Assert.Equal(("Lamp", 3), (mostHeld.GetProperty("name").GetString(), mostHeld.GetProperty("quantity").GetInt32()));
        Assert.Equal(0, JsonDocument.Parse(report.LowStockJson).RootElement.GetArrayLength());
        Assert.False(await factory.QueryAsync(db => db.JobRuns.AnyAsync(r => r.Id == old.Id)));
    }

    [Fact]
    public async Task The_consistency_job_records_findings_without_repairing_by_default()
    {
        await using var factory = JobHost.Create(_clock);
        var warehouse = await factory.WithAsync<CatalogService, Warehouse>(c => c.CreateWarehouseAsync("MAIN", "Main", CancellationToken.None));
        var lamp = await factory.WithAsync<CatalogService, Product>(c => c.CreateProductAsync(new ProductDetails("LAMP", "Lamp", "", "Lighting", 10m), null, CancellationToken.None));
        await factory.WithAsync<StockService, StockLevel>(s => s.AdjustAsync(lamp.Id, warehouse.Id, 6, "Received", CancellationToken.None));
        await factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE StockLevels SET Reserved = 2"));

        var run = await factory.RunAsync(JobKeys.ConsistencyCheck);

        Assert.Equal((JobOutcome.Succeeded, 1), (run.Outcome, run.Findings));
        Assert.Contains("ReservedMismatch", run.Summary);
        Assert.Equal(2, await factory.QueryAsync(db => db.StockLevels.SumAsync(s => s.Reserved)));
    }
}
