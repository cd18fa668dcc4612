using System.Collections.Concurrent;
using BlazorStock.Domain;

namespace BlazorStock.Web.Live;

/// <summary>
/// The one in-process notifier: committed domain events reach the components (and the hub forwarder) that
/// watch their topics. Subscribing and disposing are thread-safe; a dispatch never waits on a subscriber,
/// which must only schedule its own work (<see cref="LiveRefresh"/> does).
/// </summary>
public sealed class LiveNotifier(ILogger<LiveNotifier> logger)
{
    private readonly Lock _gate = new();

    // A set per topic: subscribing and disposing cost the same with 5 watchers or 5,000, and a dispatch reads
    // them without the lock.
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Subscription, byte>> _byTopic = new();
    private long _dispatches;

    public int SubscriptionCount => _byTopic.Values.SelectMany(s => s.Keys).Distinct().Count();

    /// <summary>How many subscriptions watch <paramref name="topic"/> now.</summary>
    public int WatchersOf(string topic) => _byTopic.TryGetValue(topic, out var subscriptions) ? subscriptions.Count : 0;

    /// <summary>
    /// Read before reading what a component shows and pass it to <see cref="LiveRefresh.Watch"/>: if any
    /// dispatch happened in between, the new watcher cannot know whether it missed one of its events.
    /// </summary>
    public long Mark() => Interlocked.Read(ref _dispatches);

    /// <summary>
    /// Calls <paramref name="onEvents"/> once per dispatch that has events of any of <paramref name="topics"/>,
    /// with those events in commit order. Dispose the result to stop; a forgotten subscription keeps its circuit alive.
    /// </summary>
    public IDisposable Subscribe(IEnumerable<string> topics, Action<IReadOnlyList<DomainEvent>> onEvents)
    {
        var subscription = new Subscription(this, topics.Distinct().ToArray(), onEvents);
        lock (_gate)
        {
            foreach (var topic in subscription.Topics)
            {
                _byTopic.GetOrAdd(topic, _ => new ConcurrentDictionary<Subscription, byte>())[subscription] = 0;
            }
        }

        return subscription;
    }

    public void Dispatch(IReadOnlyList<DomainEvent> events)
    {
        // Counted before subscribers are read: a watcher that subscribed too late for this dispatch sees the
        // count move (Mark) and re-reads.
        Interlocked.Increment(ref _dispatches);
        if (_byTopic.IsEmpty || events.Count == 0)
        {
            return;
        }

        // Each event's position per watched topic, so a topic with thousands of watchers shares one list and
        // a watcher of several topics merges only its own.
        var positionsByTopic = new Dictionary<string, List<int>>();
        for (var i = 0; i < events.Count; i++)
        {
            foreach (var topic in LiveTopics.For(events[i]))
            {
                if (_byTopic.ContainsKey(topic))
                {
                    if (!positionsByTopic.TryGetValue(topic, out var positions))
                    {
                        positionsByTopic[topic] = positions = [];
                    }

                    positions.Add(i);
                }
            }
        }

        var eventsByTopic = new Dictionary<string, IReadOnlyList<DomainEvent>>(positionsByTopic.Count);
        HashSet<Subscription>? several = null;
        foreach (var (topic, positions) in positionsByTopic)
        {
            if (!_byTopic.TryGetValue(topic, out var subscriptions))
            {
                continue;
            }

            // Enumerating the set itself takes no lock (its Keys would take them all).
            foreach (var (subscription, _) in subscriptions)
            {
                if (subscription.Topics.Length == 1)
                {
                    Invoke(subscription, EventsOf(topic));
                }
                else
                {
                    (several ??= []).Add(subscription);
                }
            }
        }

        foreach (var subscription in several ?? [])
        {
            var mine = new SortedSet<int>();
            foreach (var topic in subscription.Topics)
            {
                if (positionsByTopic.TryGetValue(topic, out var positions))
                {
                    mine.UnionWith(positions);
                }
            }

            Invoke(subscription, mine.Select(i => events[i]).ToList());
        }

        IReadOnlyList<DomainEvent> EventsOf(string topic)
        {
            if (!eventsByTopic.TryGetValue(topic, out var list))
            {
                eventsByTopic[topic] = list = positionsByTopic[topic].Select(i => events[i]).ToList();
            }

            return list;
        }
    }

    private void Invoke(Subscription subscription, IReadOnlyList<DomainEvent> events)
    {
        if (subscription.IsDisposed)
        {
            return;
        }

        try
        {
            subscription.OnEvents(events);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "A live subscriber to {Topics} failed", string.Join(", ", subscription.Topics));
        }
    }

    private void Remove(Subscription subscription)
    {
        lock (_gate)
        {
            foreach (var topic in subscription.Topics)
            {
                if (_byTopic.TryGetValue(topic, out var subscriptions))
                {
                    subscriptions.TryRemove(subscription, out _);
                    if (subscriptions.IsEmpty)
                    {
                        _byTopic.TryRemove(topic, out _);
                    }
                }
            }
        }
    }

    private sealed class Subscription(LiveNotifier notifier, string[] topics, Action<IReadOnlyList<DomainEvent>> onEvents) : IDisposable
    {
        private int _disposed;

        public string[] Topics { get; } = topics;

        public Action<IReadOnlyList<DomainEvent>> OnEvents { get; } = onEvents;

        public bool IsDisposed => Volatile.Read(ref _disposed) == 1;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                notifier.Remove(this);
            }
        }
    }
}
