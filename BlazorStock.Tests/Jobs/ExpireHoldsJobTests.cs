using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Jobs;
using BlazorStock.Domain.Orders;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Jobs;

public sealed class ExpireHoldsJobTests
{
    [Fact]
    public async Task Releases_expired_holds_in_batches_oldest_first_and_cancels_overdue_unpaid_orders_but_never_paid_ones()
    {
        await using var factory = JobHost.Create(batchSize: 2);
        var desk = await factory.ProductAsync(20);
        var carts = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            carts.Add((await Hold(factory, $"cart-{i}", desk, 1)).Hold.Id);
            factory.Time.Advance(TimeSpan.FromSeconds(10));
        }

        await Hold(factory, "unpaid", desk, 2);
        var unpaid = await factory.RunAsync<OrderService, Order>(o => o.CheckoutAsync("unpaid", "Ann", null, CancellationToken.None));
        await Hold(factory, "paid", desk, 3);
        var paid = await factory.RunAsync<OrderService, Order>(o => o.CheckoutAsync("paid", "Bob", null, CancellationToken.None));
        await factory.RunAsync<OrderService, Order>(o => o.PayAsync(paid.Id, "paid", succeed: true, CancellationToken.None));
        factory.Time.Advance(TimeSpan.FromMinutes(16));

        var run = await factory.RunJobAsync(JobCatalog.ExpireHolds);

        Assert.Equal((JobOutcome.Succeeded, 5, 1, "schedule"), (run.Outcome, run.HoldsExpired, run.OrdersCancelled, run.Trigger));
        Assert.StartsWith("released 5 expired hold(s) in 3 batch(es); cancelled 1 unpaid order(s)", run.Summary);
        var expiredInOrder = await factory.DbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == "hold.expired")
            .OrderBy(a => a.Id).Select(a => a.ObjectId).ToListAsync());
        Assert.Equal(carts.Select(c => c.ToString()), expiredInOrder);
        Assert.Equal(["job:expire-holds"], await factory.DbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == "hold.expired")
            .Select(a => a.Actor).Distinct().ToListAsync()));
        var orders = await factory.DbAsync(db => db.Orders.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Status));
        Assert.Equal((OrderStatus.Cancelled, OrderStatus.Confirmed), (orders[unpaid.Id], orders[paid.Id]));
        var level = await factory.DbAsync(db => db.StockLevels.AsNoTracking().SingleAsync(s => s.ProductId == desk.Id));
        Assert.Equal((20, 3), (level.OnHand, level.Reserved));
    }

    [Fact]
    public async Task A_paused_jobs_scheduled_run_does_nothing_and_is_recorded_as_skipped_while_a_manual_trigger_still_runs()
    {
        await using var factory = JobHost.Create();
        var desk = await factory.ProductAsync(5);
        await Hold(factory, "late", desk, 2);
        factory.Time.Advance(TimeSpan.FromMinutes(16));
        await factory.WithAsync<JobActions, bool>(a => a.PauseAsync(JobCatalog.ExpireHolds, JobHost.Admin, CancellationToken.None));

        var skipped = await factory.RunJobAsync(JobCatalog.ExpireHolds);

        Assert.Equal((JobOutcome.Skipped, 0), (skipped.Outcome, skipped.HoldsExpired));
        Assert.StartsWith("Skipped: paused by admin@jobs.test", skipped.Summary);
        Assert.Equal(1, await factory.DbAsync(db => db.Holds.CountAsync(h => h.Status == HoldStatus.Active)));

        var backgroundJobId = await factory.WithAsync<JobActions, string>(a => a.TriggerAsync(JobCatalog.ExpireHolds, JobHost.Admin, CancellationToken.None));
        var manual = await factory.WaitForRunAsync(backgroundJobId);

        Assert.Equal((JobOutcome.Succeeded, 1, "manual: admin@jobs.test"), (manual.Outcome, manual.HoldsExpired, manual.Trigger));
        Assert.Equal(0, await factory.DbAsync(db => db.Holds.CountAsync(h => h.Status == HoldStatus.Active)));
    }

    [Fact]
    public async Task A_dry_run_lists_what_the_cleanup_would_release_and_changes_nothing()
    {
        await using var factory = JobHost.Create();
        var desk = await factory.ProductAsync(10, name: "Desk");
        var first = await Hold(factory, "cart-a", desk, 4);
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await Hold(factory, "cart-b", desk, 1);
        await Hold(factory, "order", desk, 2);
        var order = await factory.RunAsync<OrderService, Order>(o => o.CheckoutAsync("order", "Cy", null, CancellationToken.None));
        factory.Time.Advance(TimeSpan.FromMinutes(16));
        await Hold(factory, "fresh", desk, 1);

        var preview = await factory.WithAsync<JobActions, CleanupPreview>(a => a.DryRunAsync(JobHost.Admin, CancellationToken.None));

        Assert.Equal((2, 1), (preview.HoldsDue, preview.OrdersOverdue));
        Assert.Equal([(first.Hold.Id, "Desk", 4), (second.Hold.Id, "Desk", 1)], preview.Holds.Select(h => (h.Id, h.ProductName, h.Quantity)));
        Assert.Equal((order.Id, 1), (preview.Orders.Single().Id, preview.Orders.Single().ActiveHolds));
        Assert.Equal(4, await factory.DbAsync(db => db.Holds.CountAsync(h => h.Status == HoldStatus.Active)));
        Assert.Equal(8, await factory.DbAsync(db => db.StockLevels.SumAsync(s => s.Reserved)));
        Assert.Equal(OrderStatus.Pending, await factory.DbAsync(db => db.Orders.Where(o => o.Id == order.Id).Select(o => o.Status).SingleAsync()));
        var run = await factory.DbAsync(db => db.JobRuns.AsNoTracking().SingleAsync());
        Assert.Equal((true, JobOutcome.Succeeded, 2, 1, "dry run: admin@jobs.test"), (run.DryRun, run.Outcome, run.HoldsExpired, run.OrdersCancelled, run.Trigger));
        var audit = await factory.DbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "job.dry-run"));
        Assert.Equal(("admin@jobs.test", "expire-holds"), (audit.Actor, audit.ObjectId));
    }

    [Fact]
    public async Task Deleting_a_running_job_cancels_its_token_and_the_run_is_recorded_as_interrupted()
    {
        var blocker = new BlockingQuery("JobSchedules");
        await using var factory = JobHost.Create();
        factory.TestServices = services => blocker.AddTo(services);
        var desk = await factory.ProductAsync(5);
        await Hold(factory, "late", desk, 1);
        factory.Time.Advance(TimeSpan.FromMinutes(16));

        blocker.Arm();
        var id = factory.Trigger(JobCatalog.ExpireHolds);
        await blocker.WaitUntilBlockedAsync();
        factory.Services.GetRequiredService<IBackgroundJobClient>().Delete(id);

        var run = await factory.WaitForRunAsync(id);
        Assert.Equal(JobOutcome.Interrupted, run.Outcome);
        Assert.Equal(1, await factory.DbAsync(db => db.Holds.CountAsync(h => h.Status == HoldStatus.Active)));
    }

    private static Task<HoldResult> Hold(ApiFactory factory, string cart, Product product, int quantity) =>
        factory.RunAsync<HoldService, HoldResult>(h => h.HoldAsync(new HoldRequest(HoldOwner.Cart(cart), product.Id, quantity), CancellationToken.None));
}
