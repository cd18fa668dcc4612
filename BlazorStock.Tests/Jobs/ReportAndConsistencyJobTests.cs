using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Jobs;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Jobs;

public sealed class ReportAndConsistencyJobTests
{
    [Fact]
    public async Task The_daily_report_counts_the_last_day_and_every_past_report_is_listed_newest_first_with_its_figures()
    {
        await using var factory = JobHost.Create();
        var lamp = await factory.ProductAsync(6, d => d with { LowStockThreshold = 6 }, name: "Lamp");
        var yesterday = await factory.RunJobAsync(JobCatalog.DailyReport);
        factory.Time.Advance(TimeSpan.FromDays(1));
        await Hold(factory, "a", lamp.Id, 2);
        await Hold(factory, "b", lamp.Id, 1);
        factory.Time.Advance(TimeSpan.FromMinutes(20));
        await factory.RunAsync<HoldService, ExpiryResult>(h => h.ExpireDueAsync(100, CancellationToken.None));

        var run = await factory.RunJobAsync(JobCatalog.DailyReport);

        Assert.Equal(JobOutcome.Succeeded, run.Outcome);
        var page = await factory.WithAsync<DailyReportQueries, PagedList<DailyReport>>(q => q.PageAsync(0, 10, CancellationToken.None));
        Assert.Equal(2, page.TotalItems);
        var (latest, first) = (page.Items[0], page.Items[1]);
        Assert.Equal((2, 2, 0), (latest.HoldsCreated, latest.HoldsExpired, latest.HoldsConverted));
        Assert.Equal([new MostHeldProduct(lamp.Id, "Lamp", 3)], latest.MostHeld);
        Assert.Equal([new LowStockProduct(lamp.Id, "Lamp", 6, 6)], latest.LowStock);
        Assert.Equal((0, 0), (first.HoldsCreated, first.MostHeld.Count));
        Assert.Equal([new LowStockProduct(lamp.Id, "Lamp", 6, 6)], first.LowStock);
        Assert.StartsWith($"Report {latest.Id}:", run.Summary);
        Assert.StartsWith($"Report {first.Id}:", yesterday.Summary);
        var older = await factory.WithAsync<DailyReportQueries, PagedList<DailyReport>>(q => q.PageAsync(1, 1, CancellationToken.None));
        Assert.Equal([first.Id], older.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task The_consistency_job_records_findings_without_repairing_by_default()
    {
        await using var factory = JobHost.Create();
        await factory.ProductAsync(6);
        await factory.DbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE StockLevels SET Reserved = 2"));

        var run = await factory.RunJobAsync(JobCatalog.ConsistencyCheck);

        Assert.Equal((JobOutcome.Succeeded, 1), (run.Outcome, run.Findings));
        Assert.Contains("ReservedMismatch", run.Summary);
        Assert.Equal(2, await factory.DbAsync(db => db.StockLevels.SumAsync(s => s.Reserved)));
    }

    [Fact]
    public async Task The_consistency_job_repairs_when_auto_repair_is_on()
    {
        await using var factory = JobHost.Create();
        factory.Settings["Jobs:Consistency:AutoRepair"] = "true";
        await factory.ProductAsync(6);
        await factory.DbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE StockLevels SET Reserved = 2"));

        var run = await factory.RunJobAsync(JobCatalog.ConsistencyCheck);

        Assert.Contains("1 finding(s), 1 repaired", run.Summary);
        Assert.Equal(0, await factory.DbAsync(db => db.StockLevels.SumAsync(s => s.Reserved)));
    }

    [Fact]
    public async Task A_failing_run_is_recorded_with_its_error_shows_as_an_error_and_the_server_keeps_going()
    {
        await using var factory = JobHost.Create();
        await factory.DbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE DailyReports"));

        var failed = await factory.RunJobAsync(JobCatalog.DailyReport);
        var next = await factory.RunJobAsync(JobCatalog.ConsistencyCheck);

        Assert.Equal(JobOutcome.Failed, failed.Outcome);
        Assert.Contains("DailyReports", failed.Error);
        Assert.Equal("SQLite Error 1: 'no such table: DailyReports'.", failed.Summary);
        Assert.NotNull(failed.DurationMs);
        Assert.Equal(JobOutcome.Succeeded, next.Outcome);
        var job = (await factory.WithAsync<JobsReader, JobView?>(r => r.GetAsync(JobCatalog.DailyReport, CancellationToken.None)))!;
        Assert.Equal((JobState.Error, failed.Id), (job.State, job.LastRun?.Id));
        Assert.Contains("DailyReports", job.Error);
    }

    private static Task<HoldResult> Hold(ApiFactory factory, string cart, int productId, int quantity) =>
        factory.RunAsync<HoldService, HoldResult>(h => h.HoldAsync(new HoldRequest(HoldOwner.Cart(cart), productId, quantity), CancellationToken.None));
}
