using BlazorStock.Domain;
using BlazorStock.Domain.Stock;
using BlazorStock.Web.Live;
using Microsoft.Extensions.Logging.Abstractions;

namespace BlazorStock.Tests.Live;

public sealed class LiveRefreshTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(200);
    private readonly LiveNotifier _notifier = new(NullLogger<LiveNotifier>.Instance);

    [Fact]
    public async Task The_first_change_refreshes_at_once_and_changes_during_a_refresh_make_one_more_with_all_of_them()
    {
        var refreshes = new List<IReadOnlyList<DomainEvent>>();
        var firstStarted = new TaskCompletionSource();
        var releaseFirst = new TaskCompletionSource();
        using var live = Refresh(async events =>
        {
            refreshes.Add(events);
            if (refreshes.Count == 1)
            {
                firstStarted.SetResult();
                await releaseFirst.Task;
            }
        });
        live.Watch([LiveTopics.Product(1)], _notifier.Mark());

        _notifier.Dispatch([Stock(1, 9)]);
        await firstStarted.Task.WaitAsync(TimeSpan.FromSeconds(5));
        _notifier.Dispatch([Stock(1, 8)]);
        _notifier.Dispatch([Stock(1, 7), Stock(2, 1)]);
        releaseFirst.SetResult();

        await Until(() => refreshes.Count == 2);
        await Task.Delay(Gap * 2);
        Assert.Equal(2, refreshes.Count);
        Assert.Equal([9], refreshes[0].Cast<StockLevelChanged>().Select(e => e.Available));
        Assert.Equal([8, 7], refreshes[1].Cast<StockLevelChanged>().Select(e => e.Available));
    }

    [Fact]
    public async Task A_refresh_runs_off_the_dispatching_thread_so_a_slow_page_never_holds_up_the_others()
    {
        using var blocked = new ManualResetEventSlim();
        var slowRan = 0;
        var fastRan = 0;
        using var slow = Refresh(_ =>
        {
            Interlocked.Increment(ref slowRan);
            blocked.Wait(TimeSpan.FromSeconds(10));
            return Task.CompletedTask;
        });
        using var fast = Refresh(_ =>
        {
            Interlocked.Increment(ref fastRan);
            return Task.CompletedTask;
        });
        slow.Watch([LiveTopics.Product(1)], _notifier.Mark());
        fast.Watch([LiveTopics.Product(1)], _notifier.Mark());

        var dispatch = Task.Run(() => _notifier.Dispatch([Stock(1, 3)]));

        await dispatch.WaitAsync(TimeSpan.FromSeconds(5));
        await Until(() => Volatile.Read(ref fastRan) == 1 && Volatile.Read(ref slowRan) == 1);
        blocked.Set();
    }

    [Fact]
    public async Task Watching_after_a_dispatch_that_came_during_the_first_read_refreshes_once_and_a_quiet_read_does_not()
    {
        var refreshes = 0;
        using var quiet = Refresh(_ => Task.CompletedTask);
        using var missed = Refresh(_ =>
        {
            Interlocked.Increment(ref refreshes);
            return Task.CompletedTask;
        });

        var quietMark = _notifier.Mark();
        quiet.Watch([LiveTopics.Product(1)], quietMark);
        var mark = _notifier.Mark();
        _notifier.Dispatch([Stock(1, 4)]);
        missed.Watch([LiveTopics.Product(1)], mark);

        await Until(() => Volatile.Read(ref refreshes) == 1);
        await Task.Delay(Gap * 2);
        Assert.Equal(1, refreshes);
    }

    [Fact]
    public void A_topic_watched_by_many_refreshes_each_watcher_less_often_in_steps_of_WatchersPerGap()
    {
        using var live = Refresh(_ => Task.CompletedTask);
        live.Watch([LiveTopics.Product(1), LiveTopics.Cart("mine")], _notifier.Mark());
        Assert.Equal(Gap, live.GapNow());

        var others = Enumerable.Range(0, LiveRefresh.WatchersPerGap).Select(_ => _notifier.Subscribe([LiveTopics.Product(1)], _ => { })).ToList();
        Assert.Equal(Gap * 2, live.GapNow());

        others.AddRange(Enumerable.Range(0, LiveRefresh.WatchersPerGap * 2).Select(_ => _notifier.Subscribe([LiveTopics.Product(1)], _ => { })));
        Assert.Equal(Gap * 4, live.GapNow());

        others.ForEach(o => o.Dispose());
        Assert.Equal(Gap, live.GapNow());
    }

    [Fact]
    public async Task The_same_topics_again_keep_the_one_subscription_and_new_topics_replace_it()
    {
        var refreshes = new List<IReadOnlyList<DomainEvent>>();
        using var live = Refresh(events =>
        {
            lock (refreshes)
            {
                refreshes.Add(events);
            }

            return Task.CompletedTask;
        });

        live.Watch([LiveTopics.Product(1), LiveTopics.Product(2)], _notifier.Mark());
        live.Watch([LiveTopics.Product(2), LiveTopics.Product(1)], _notifier.Mark());
        Assert.Equal(1, _notifier.SubscriptionCount);

        live.Watch([LiveTopics.Product(3)], _notifier.Mark());
        _notifier.Dispatch([Stock(1, 2)]);
        _notifier.Dispatch([Stock(3, 2)]);

        await Until(() => refreshes.Count == 1);
        Assert.Equal(1, _notifier.SubscriptionCount);
        Assert.Equal([3], refreshes.Single().Cast<StockLevelChanged>().Select(e => e.ProductId));
    }

    [Fact]
    public async Task Disposed_before_its_first_read_ended_it_never_subscribes_and_disposed_mid_refresh_it_stops()
    {
        var refreshes = 0;
        var early = Refresh(_ => Task.CompletedTask);
        early.Dispose();
        early.Watch([LiveTopics.Product(1)], _notifier.Mark());
        Assert.Equal(0, _notifier.SubscriptionCount);

        var inRefresh = new TaskCompletionSource();
        var finish = new TaskCompletionSource();
        var live = Refresh(async _ =>
        {
            Interlocked.Increment(ref refreshes);
            inRefresh.TrySetResult();
            await finish.Task;
        });
        live.Watch([LiveTopics.Product(1)], _notifier.Mark());
        _notifier.Dispatch([Stock(1, 1)]);
        await inRefresh.Task.WaitAsync(TimeSpan.FromSeconds(5));
        _notifier.Dispatch([Stock(1, 0)]);
        live.Dispose();
        finish.SetResult();

        await Task.Delay(Gap * 2);
        Assert.Equal(1, refreshes);
        Assert.Equal(0, _notifier.SubscriptionCount);
    }

    [Fact]
    public async Task A_failed_refresh_reaches_the_error_boundary_and_the_next_change_still_refreshes()
    {
        var failures = new List<Exception>();
        var calls = 0;
        using var live = new LiveRefresh(_notifier, work => work(),
            _ => Interlocked.Increment(ref calls) == 1 ? throw new InvalidOperationException("database gone") : Task.CompletedTask,
            error =>
            {
                lock (failures)
                {
                    failures.Add(error);
                }

                return Task.CompletedTask;
            },
            Gap, keep: _ => true);
        live.Watch([LiveTopics.Product(1)], _notifier.Mark());

        _notifier.Dispatch([Stock(1, 5)]);
        await Until(() => failures.Count == 1);
        await Task.Delay(Gap * 2);
        _notifier.Dispatch([Stock(1, 4)]);

        await Until(() => Volatile.Read(ref calls) == 2);
        Assert.Equal("database gone", Assert.Single(failures).Message);
    }

    private LiveRefresh Refresh(Func<IReadOnlyList<DomainEvent>, Task> refresh) =>
        new(_notifier, work => work(), refresh, _ => Task.CompletedTask, Gap, keep: _ => true);

    private static StockLevelChanged Stock(int productId, int available) => new(Now, productId, 1, 10, 10 - available, "stock.adjusted");

    private static async Task Until(Func<bool> condition)
    {
        for (var i = 0; i < 500; i++)
        {
            if (condition())
            {
                return;
            }

            await Task.Delay(10);
        }

        Assert.Fail("The condition never came true.");
    }
}
