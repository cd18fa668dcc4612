using BlazorStock.Domain;

namespace BlazorStock.Web.Live;

/// <summary>
/// Keeps a component current: when something on its topics commits, it re-reads what it shows, on its own
/// dispatcher. The first change is handled at once; while changes keep coming (a drop), at most one refresh
/// runs per <c>gap</c>, with everything that arrived meanwhile, so a busy product costs each watcher a few
/// renders a second rather than one per hold. Dispose it with the component.
/// </summary>
public sealed class LiveRefresh : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Func<Func<Task>, Task> _invoke;
    private readonly Func<IReadOnlyList<DomainEvent>, Task> _refresh;
    private readonly Func<Exception, Task> _fail;
    private readonly Func<DomainEvent, bool> _keep;
    private readonly TimeSpan _gap;
    private readonly IDisposable _subscription;
    private List<DomainEvent> _pending = [];
    private bool _running;
    private bool _dirty;
    private bool _disposed;

    /// <param name="invoke">The component's <c>InvokeAsync</c>.</param>
    /// <param name="refresh">Re-reads and re-renders; gets the events <paramref name="keep"/> chose (none by default).</param>
    /// <param name="fail">The component's <c>DispatchExceptionAsync</c>, so a failed refresh reaches its error boundary.</param>
    public LiveRefresh(LiveNotifier notifier, IEnumerable<string> topics, Func<Func<Task>, Task> invoke, Func<IReadOnlyList<DomainEvent>, Task> refresh,
        Func<Exception, Task> fail, TimeSpan gap, Func<DomainEvent, bool>? keep = null)
    {
        _invoke = invoke;
        _refresh = refresh;
        _fail = fail;
        _gap = gap;
        _keep = keep ?? (_ => false);
        _subscription = notifier.Subscribe(topics, OnEvents);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _pending = [];
        }

        _subscription.Dispose();
    }

    private bool IsDisposed
    {
        get
        {
            lock (_gate)
            {
                return _disposed;
            }
        }
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

        _ = RunAsync();
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
                await _fail(ex);
            }
            catch
            {
                // The circuit went away while refreshing: nobody is left to tell.
                return;
            }

            await Task.Delay(_gap);
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
