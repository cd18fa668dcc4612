using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Jobs;
using BlazorStock.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Jobs;

public sealed class JobConcurrencyTests
{
    [Fact]
    public async Task A_second_trigger_while_the_job_runs_waits_for_it_instead_of_running_twice_at_once()
    {
        var blocker = new BlockingQuery("JobSchedules");
        await using var factory = JobHost.Create(batchSize: 3);
        factory.Settings["Jobs:WorkerCount"] = "2";
        factory.TestServices = services => blocker.AddTo(services);
        var desk = await factory.ProductAsync(20);
        for (var i = 0; i < 10; i++)
        {
            await factory.RunAsync<HoldService, HoldResult>(h => h.HoldAsync(new HoldRequest(HoldOwner.Cart($"cart-{i}"), desk.Id, 1), CancellationToken.None));
        }

        factory.Time.Advance(TimeSpan.FromMinutes(16));
        blocker.Arm();

        var first = factory.Trigger(JobCatalog.ExpireHolds);
        await blocker.WaitUntilBlockedAsync();
        var second = factory.Trigger(JobCatalog.ExpireHolds);

        // The second worker has picked its run up (the history records a run before the lock) ...
        await JobHost.WaitUntilAsync(() => factory.QueryAsync(db => db.JobRuns.AnyAsync(r => r.FireInstanceId == second)), "the second run to start");
        await Task.Delay(TimeSpan.FromSeconds(1));

        // ... but has not entered the job while the first is inside it.
        Assert.Equal(1, blocker.Calls);
        Assert.Equal(10, await factory.DbAsync(db => db.Holds.CountAsync(h => h.Status == HoldStatus.Active)));

        blocker.Release();
        var (firstRun, secondRun) = (await factory.WaitForRunAsync(first), await factory.WaitForRunAsync(second));

        Assert.Equal(2, blocker.Calls);
        Assert.Equal((JobOutcome.Succeeded, 10), (firstRun.Outcome, firstRun.HoldsExpired));
        Assert.Equal((JobOutcome.Succeeded, 0), (secondRun.Outcome, secondRun.HoldsExpired));
        Assert.Equal(0, await factory.DbAsync(db => db.StockLevels.SumAsync(s => s.Reserved)));
    }
}
