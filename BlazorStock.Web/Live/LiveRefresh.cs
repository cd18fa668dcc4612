using BlazorStock.Domain;

namespace BlazorStock.Web.Live;

/// <summary>
/// Keeps a component current: when something on its topics commits, it re-reads what it shows, on its own
/// dispatcher. The first change is handled at once; while changes keep coming (a drop), at most one refresh
/// runs per <c>gap</c>, with everything that arrived meanwhile, so a busy product costs each watcher a few
/// renders a second rather than one per hold.
/// </summary>
/// <remarks>
/// Create it before the component's first read and call <see cref="Watch"/> after it: a component disposed
/// during that read never subscribes, and a change committed during it is not lost. Dispose it with the component.
/// </remarks>
public sealed class LiveRefresh : IDisposable
{
    /// <summary>
    /// Watchers of one topic per <c>gap</c>: a topic watched by more waits a multiple of it between refreshes.
    /// During a drop thousands of pages watch one product; re-rendering each of them every gap took the CPU
    /// from the buyers' writes (2,000 product pages: 5,209 → 516 holds/s, docs/benchmarks.md), so each page
    /// refreshes less often the more pages share its topic.
    /// </summary>
    public const int WatchersPerGap = 250;

    private readonly Lock _gate = new();
    private readonly LiveNotifier _notifier;
    private readonly Func<Func<Task>, Task> _invoke;
    private readonly Func<IReadOnlyList<DomainEvent>, Task> _refresh;
    private readonly Func<Exception, Task> _fail;
    private readonly Func<DomainEvent, bool> _keep;
    private readonly TimeSpan _gap;
    private IDisposable? _subscription;
    private string[] _topics = [];
    private List<DomainEvent> _pending = [];
    private bool _running;
    private bool _dirty;
    private bool _disposed;

    /// <param name="invoke">The component's <c>InvokeAsync</c>.</param>
    /// <param name="refresh">Re-reads and re-renders; gets the events <paramref name="keep"/> chose (none by default).</param>
    /// <param name="fail">The component's <c>DispatchExceptionAsync</c>, so a failed refresh reaches its error boundary.</param>
    public LiveRefresh(LiveNotifier notifier, Func<Func<Task>, Task> invoke, Func<IReadOnlyList<DomainEvent>, Task> refresh,
        Func<Exception, Task> fail, TimeSpan gap, Func<DomainEvent, bool>? keep = null)
    {
        _notifier = notifier;
        _invoke = invoke;
        _refresh = refresh;
        _fail = fail;
        _gap = gap;
        _keep = keep ?? (_ => false);
    }

    public bool IsDisposed
    {
        get
        {
            lock (_gate)
            {
                return _disposed;
            }
        }
    }

    /// <summary>
    /// Watches <paramref name="topics"/> from now on (the same topics again change nothing). When the topics
    /// are new and a dispatch happened since <paramref name="readMark"/> (<see cref="LiveNotifier.Mark"/>, taken
    /// before the component read what it shows), it refreshes once, as that dispatch may have been for it.
    /// </summary>
    public void Watch(IEnumerable<string> topics, long readMark)
    {
        var wanted = topics.Distinct().Order(StringComparer.Ordinal).ToArray();
        IDisposable? previous;
        lock (_gate)
        {
            if (_disposed || (_subscription is not null && wanted.SequenceEqual(_topics)))
            {
                return;
            }

            previous = _subscription;
            _subscription = null;
            _topics = wanted;
        }

        previous?.Dispose();
        var subscription = _notifier.Subscribe(wanted, OnEvents);
        lock (_gate)
        {
            if (_disposed)
            {
                subscription.Dispose();
                return;
            }

            _subscription = subscription;
        }

        if (_notifier.Mark() != readMark)
        {
            OnEvents([]);
        }
    }

    public void Dispose()
    {
        IDisposable? subscription;
        lock (_gate)
        {
            _disposed = true;
            _pending = [];
            subscription = _subscription;
            _subscription = null;
        }

        subscription?.Dispose();
    }

    private void OnEvents(IReadOnlyList<DomainEvent> events)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            foreach (var domainEvent in events)
            {
                if (_keep(domainEvent))
                {
                    _pending.Add(domainEvent);
                }
            }

            if (_running)
            {
                _dirty = true;
                return;
            }

            _running = true;
        }

        // Off the caller's thread: the notifier's dispatch loop must not run each page's query and render in turn.
        _ = Task.Run(RunAsync);
    }

    internal TimeSpan GapNow()
    {
        string[] topics;
        lock (_gate)
        {
            topics = _topics;
        }

        var watchers = topics.Length == 0 ? 0 : topics.Max(_notifier.WatchersOf);
        return _gap * Math.Max(1, (watchers + WatchersPerGap - 1) / WatchersPerGap);
    }

    private async Task RunAsync()
    {
        while (true)
        {
            List<DomainEvent> events;
            lock (_gate)
            {
                if (_disposed)
                {
                    return;
                }

                events = _pending;
                _pending = [];
                _dirty = false;
            }

            try
            {
                await _invoke(() => _refresh(events));
            }
            catch (Exception ex) when (!IsDisposed)
            {
                try
                {
                    await _fail(ex);
                }
                catch
                {
                    // The renderer is gone, or its error boundary failed: no later refresh can show anything either.
                    return;
                }
            }
            catch
            {
                // The circuit went away while refreshing: nobody is left to tell.
                return;
            }

            await Task.Delay(GapNow());
            lock (_gate)
            {
                if (_disposed || !_dirty)
                {
                    _running = false;
                    return;
                }
            }
        }
    }
}
