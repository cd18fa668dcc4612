using System.Collections.Concurrent;
using BlazorStock.Domain;

namespace BlazorStock.Web.Live;

/// <summary>
/// The one in-process notifier: committed domain events reach the components (and the hub forwarder) that
/// watch their topics. Subscribing and disposing are thread-safe; a dispatch never waits on a subscriber,
/// which must only schedule its own work (a component calls <c>InvokeAsync</c>).
/// </summary>
public sealed class LiveNotifier(ILogger<LiveNotifier> logger)
{
    private readonly Lock _gate = new();

    // Copy-on-write arrays per topic: a dispatch reads them without taking the lock.
    private readonly ConcurrentDictionary<string, Subscription[]> _byTopic = new();

    public int SubscriptionCount => _byTopic.Values.SelectMany(s => s).Distinct().Count();

    /// <summary>
    /// Calls <paramref name="onEvents"/> once per dispatch that has events of any of <paramref name="topics"/>,
    /// with those events. Dispose the result to stop; a forgotten subscription keeps its circuit alive.
    /// </summary>
    public IDisposable Subscribe(IEnumerable<string> topics, Action<IReadOnlyList<DomainEvent>> onEvents)
    {
        var subscription = new Subscription(this, topics.Distinct().ToArray(), onEvents);
        lock (_gate)
        {
            foreach (var topic in subscription.Topics)
            {
                _byTopic[topic] = _byTopic.TryGetValue(topic, out var existing) ? [.. existing, subscription] : [subscription];
            }
        }

        return subscription;
    }

    public void Dispatch(IReadOnlyList<DomainEvent> events)
    {
        if (_byTopic.IsEmpty || events.Count == 0)
        {
            return;
        }

        // Events per watched topic first, so a topic with thousands of watchers shares one list.
        var eventsByTopic = new Dictionary<string, List<DomainEvent>>();
        foreach (var domainEvent in events)
        {
            foreach (var topic in LiveTopics.For(domainEvent))
            {
                if (_byTopic.ContainsKey(topic))
                {
                    if (!eventsByTopic.TryGetValue(topic, out var list))
                    {
                        eventsByTopic[topic] = list = [];
                    }

                    list.Add(domainEvent);
                }
            }
        }

        HashSet<Subscription>? several = null;
        foreach (var (topic, topicEvents) in eventsByTopic)
        {
            foreach (var subscription in _byTopic.GetValueOrDefault(topic, []))
            {
                if (subscription.Topics.Length == 1)
                {
                    Invoke(subscription, topicEvents);
                }
                else
                {
                    (several ??= []).Add(subscription);
                }
            }
        }

        foreach (var subscription in several ?? [])
        {
            // Once per dispatch, with each event once, in commit order.
            var mine = events.Where(e => LiveTopics.For(e).Any(t => subscription.Topics.Contains(t))).ToList();
            Invoke(subscription, mine);
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
                if (_byTopic.TryGetValue(topic, out var existing))
                {
                    var left = Array.FindAll(existing, s => s != subscription);
                    if (left.Length == 0)
                    {
                        _byTopic.TryRemove(topic, out _);
                    }
                    else
                    {
                        _byTopic[topic] = left;
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
