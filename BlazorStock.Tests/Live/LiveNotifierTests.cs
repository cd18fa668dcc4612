using BlazorStock.Domain;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Stock;
using BlazorStock.Web.Live;
using Microsoft.Extensions.Logging.Abstractions;

namespace BlazorStock.Tests.Live;

public sealed class LiveNotifierTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly LiveNotifier _notifier = new(NullLogger<LiveNotifier>.Instance);

    [Fact]
    public void Each_subscriber_gets_only_the_events_of_its_topics()
    {
        var cartA = Record(LiveTopics.Cart("a"));
        var cartB = Record(LiveTopics.Cart("b"));
        var product = Record(LiveTopics.Product(7));
        var staff = Record(LiveTopics.All);
        var orderId = Guid.NewGuid();

        _notifier.Dispatch(
        [
            new HoldCreated(Now, Snapshot(HoldOwner.Cart("a"), 7)),
            new StockLevelChanged(Now, 7, 1, 10, 1, "stock.reserved"),
            new OrderPlaced(Now, orderId, "b", "Ada", 10m),
            new ProductChanged(Now, 8),
        ]);

        Assert.Equal([typeof(HoldCreated)], cartA.Single().Select(e => e.GetType()));
        Assert.Equal([typeof(OrderPlaced)], cartB.Single().Select(e => e.GetType()));
        Assert.Equal([typeof(HoldCreated), typeof(StockLevelChanged)], product.Single().Select(e => e.GetType()));
        Assert.Equal(4, staff.Single().Count);
    }

    [Fact]
    public void A_subscriber_to_several_topics_is_called_once_per_dispatch_with_each_event_once_in_order()
    {
        var calls = Record(LiveTopics.Product(1), LiveTopics.Product(2), LiveTopics.Cart("a"));
        DomainEvent[] events =
        [
            new StockLevelChanged(Now, 2, 1, 5, 1, "stock.reserved"),
            new HoldCreated(Now, Snapshot(HoldOwner.Cart("a"), 1)),
            new StockLevelChanged(Now, 1, 1, 5, 1, "stock.reserved"),
            new StockLevelChanged(Now, 3, 1, 5, 1, "stock.reserved"),
        ];

        _notifier.Dispatch(events);

        Assert.Equal(events[..3], Assert.Single(calls));
    }

    [Fact]
    public void A_disposed_subscription_hears_nothing_and_a_failing_subscriber_does_not_stop_the_others()
    {
        var gone = Record(LiveTopics.Product(1));
        var subscription = _notifier.Subscribe([LiveTopics.Product(1)], _ => throw new InvalidOperationException("boom"));
        var after = Record(LiveTopics.Product(1));
        _notifier.Subscribe([LiveTopics.Product(1)], _ => gone.Add([])).Dispose();

        _notifier.Dispatch([new StockLevelChanged(Now, 1, 1, 5, 1, "stock.adjusted")]);

        Assert.Single(after);
        Assert.Single(gone);
        subscription.Dispose();
        subscription.Dispose();
        Assert.Equal(2, _notifier.SubscriptionCount);
    }

    [Fact]
    public async Task Subscriptions_from_many_threads_at_once_are_all_removed_on_dispose()
    {
        var topics = Enumerable.Range(0, 20).Select(LiveTopics.Product).ToArray();
        await Parallel.ForEachAsync(Enumerable.Range(0, 2_000), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            using var subscription = _notifier.Subscribe([topics[i % topics.Length], LiveTopics.All], _ => { });
            _notifier.Dispatch([new StockLevelChanged(Now, i % 20, 1, 5, 1, "stock.adjusted")]);
            await Task.Yield();
        });

        Assert.Equal(0, _notifier.SubscriptionCount);
    }

    private List<IReadOnlyList<DomainEvent>> Record(params string[] topics)
    {
        var calls = new List<IReadOnlyList<DomainEvent>>();
        _notifier.Subscribe(topics, events => calls.Add(events));
        return calls;
    }

    private static HoldSnapshot Snapshot(HoldOwner owner, int productId) =>
        new(Guid.NewGuid(), owner, productId, "SKU", "Product", 1, HoldStatus.Active, Now, Now.AddMinutes(15), 0, 2, []);
}
