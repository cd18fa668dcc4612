using BlazorStock.Domain;
using BlazorStock.Domain.Stock;
using BlazorStock.Web.Live;
using Microsoft.Extensions.Logging.Abstractions;

namespace BlazorStock.Tests.Live;

public sealed class LiveEventPumpTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Subscribers_run_on_the_pumps_loop_never_on_the_publishers_thread_and_in_commit_order()
    {
        var notifier = new LiveNotifier(NullLogger<LiveNotifier>.Instance);
        using var pump = new LiveEventPump(notifier, NullLogger<LiveEventPump>.Instance);
        var seen = new List<(int Thread, int OnHand)>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = notifier.Subscribe([LiveTopics.Product(1)], events =>
        {
            lock (seen)
            {
                seen.AddRange(events.OfType<StockLevelChanged>().Select(e => (Environment.CurrentManagedThreadId, e.OnHand)));
                if (seen.Count == 50)
                {
                    done.SetResult();
                }
            }
        });

        // The writer publishes from its own thread; a subscriber that blocks it would stall every write.
        var publisher = new Thread(() =>
        {
            for (var i = 0; i < 50; i++)
            {
                pump.PublishAsync([new StockLevelChanged(Now, 1, 1, i, 0, "stock.adjusted")], CancellationToken.None).AsTask().Wait();
            }
        });
        publisher.Start();
        await pump.StartAsync(CancellationToken.None);
        publisher.Join();
        await done.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await pump.StopAsync(CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 50), seen.Select(s => s.OnHand));
        Assert.DoesNotContain(publisher.ManagedThreadId, seen.Select(s => s.Thread));
    }
}
