using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Jobs;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Stock;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace BlazorStock.Tests.Jobs;

public sealed class ExpireHoldsJobTests
{
    private readonly TestClock _clock = new();

    [Fact]
    public async Task Releases_expired_holds_in_batches_and_cancels_overdue_unpaid_orders_only()
    {
        await using var factory = JobHost.Create(_clock, batchSize: 2);
        var (desk, warehouse) = await SeedAsync(factory, 20);
        for (var i = 0; i < 5; i++)
        {
            await Hold(factory, $"cart-{i}", desk.Id, 1);
        }

        await Hold(factory, "unpaid", desk.Id, 2);
        var unpaid = await factory.WithAsync<OrderService, Order>(o => o.CheckoutAsync("unpaid", "Ann", CancellationToken.None));
        await Hold(factory, "paid", desk.Id, 3);
        var paid = await factory.WithAsync<OrderService, Order>(o => o.CheckoutAsync("paid", "Bob", CancellationToken.None));
        await factory.WithAsync<OrderService, Order>(o => o.PayAsync(paid.Id, "paid", succeed: true, CancellationToken.None));
        _clock.Advance(TimeSpan.FromMinutes(16));

        var run = await factory.RunAsync(JobKeys.ExpireHolds);

        Assert.Equal((JobOutcome.Succeeded, 5, 1), (run.Outcome, run.HoldsExpired, run.OrdersCancelled));
        var orders = await factory.QueryAsync(db => db.Orders.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Status));
        Assert.Equal(OrderStatus.Cancelled, orders[unpaid.Id]);
        Assert.Equal(OrderStatus.Confirmed, orders[paid.Id]);
        var level = await factory.QueryAsync(db => db.StockLevels.AsNoTracking().SingleAsync(s => s.ProductId == desk.Id && s.WarehouseId == warehouse.Id));
        Assert.Equal((20, 3), (level.OnHand, level.Reserved));
    }

    [Fact]
    public async Task A_dry_run_reports_what_it_would_do_and_changes_nothing()
    {
        await using var factory = JobHost.Create(_clock);
        var (desk, _) = await SeedAsync(factory, 10);
        await Hold(factory, "cart-a", desk.Id, 4);
        await Hold(factory, "cart-b", desk.Id, 1);
        _clock.Advance(TimeSpan.FromMinutes(15));

        var run = await factory.RunAsync(JobKeys.ExpireHolds, dryRun: true);

        Assert.True(run.DryRun);
        Assert.Equal(2, run.HoldsExpired);
        Assert.StartsWith("would release 2", run.Summary);
        Assert.Equal(2, await factory.QueryAsync(db => db.Holds.CountAsync(h => h.Status == HoldStatus.Active)));
        Assert.Equal(5, await factory.QueryAsync(db => db.StockLevels.SumAsync(s => s.Reserved)));
    }

    [Fact]
    public async Task A_second_trigger_while_the_job_runs_does_not_run_it_twice()
    {
        await using var factory = JobHost.Create(_clock, batchSize: 2);
        var (desk, _) = await SeedAsync(factory, 600);
        await Task.WhenAll(Enumerable.Range(0, 600).Select(i => Hold(factory, $"cart-{i}", desk.Id, 1)));
        _clock.Advance(TimeSpan.FromMinutes(20));
        var scheduler = await factory.SchedulerAsync();

        await scheduler.TriggerJob(JobKeys.ExpireHolds, new JobDataMap(), CancellationToken.None);
        await scheduler.TriggerJob(JobKeys.ExpireHolds, new JobDataMap(), CancellationToken.None);
        var runs = await factory.WaitForRunsAsync(2);

        Assert.All(runs, r => Assert.Equal(JobOutcome.Succeeded, r.Outcome));
        Assert.Equal(600, runs.Sum(r => r.HoldsExpired));
        Assert.Equal(0, runs[1].HoldsExpired);
        Assert.Equal(0, await factory.QueryAsync(db => db.StockLevels.SumAsync(s => s.Reserved)));
    }

    [Fact]
    public async Task A_failing_run_is_recorded_with_its_error_and_the_scheduler_keeps_going()
    {
        await using var factory = JobHost.Create(_clock);
        await factory.SchedulerAsync();
        await factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE DailyReports"));

        var failed = await factory.RunAsync(JobKeys.DailyReport);
        var next = await factory.RunAsync(JobKeys.ExpireHolds);

        Assert.Equal(JobOutcome.Failed, failed.Outcome);
        Assert.Contains("DailyReports", failed.Error);
        Assert.Equal(JobOutcome.Succeeded, next.Outcome);
    }

    private static async Task<(Product Desk, Warehouse Warehouse)> SeedAsync(BlazorStockFactory factory, int quantity)
    {
        var warehouse = await factory.WithAsync<CatalogService, Warehouse>(c => c.CreateWarehouseAsync("MAIN", "Main", CancellationToken.None));
        var desk = await factory.WithAsync<CatalogService, Product>(c => c.CreateProductAsync(new ProductDetails("DESK", "Desk", "", "Furniture", 100m), null, CancellationToken.None));
        await factory.WithAsync<StockService, StockLevel>(s => s.AdjustAsync(desk.Id, warehouse.Id, quantity, "Received", CancellationToken.None));
        return (desk, warehouse);
    }

    private static Task<HoldResult> Hold(BlazorStockFactory factory, string cart, int productId, int quantity) =>
        factory.WithAsync<HoldService, HoldResult>(h => h.HoldAsync(new HoldRequest(HoldOwner.Cart(cart), productId, quantity), CancellationToken.None));
}
