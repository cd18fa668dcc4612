namespace BlazorStock.Tests.Support;

/// <summary>
/// A clock tests move by hand. Its timers run on real time unless <see cref="FiresTimers"/> is set: then a
/// timer fires when <see cref="Advance"/> or <see cref="Set"/> moves the clock past its due time (at once when
/// due now), as a component's timer would after that much time.
/// </summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private long _ticks = start.UtcTicks;

    public TestClock()
        : this(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>Set before the timers under test are created.</summary>
    public bool FiresTimers { get; set; }

    public DateTimeOffset Now => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by)
    {
        Interlocked.Add(ref _ticks, by.Ticks);
        FireDue();
    }

    public void Set(DateTimeOffset to)
    {
        Interlocked.Exchange(ref _ticks, to.UtcTicks);
        FireDue();
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (!FiresTimers)
        {
            return base.CreateTimer(callback, state, dueTime, period);
        }

        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void FireDue()
    {
        List<ManualTimer> due;
        lock (_gate)
        {
            due = _timers.Where(t => t.DueAt <= Now).ToList();
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    private sealed class ManualTimer(TestClock clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset DueAt { get; private set; } = DateTimeOffset.MaxValue;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._gate)
            {
                _period = period;
                clock._timers.Remove(this);
                if (dueTime == Timeout.InfiniteTimeSpan)
                {
                    DueAt = DateTimeOffset.MaxValue;
                    return true;
                }

                DueAt = clock.Now + dueTime;
                clock._timers.Add(this);
            }

            if (dueTime <= TimeSpan.Zero)
            {
                // Due now: a real timer would fire at once, on a pool thread.
                ThreadPool.QueueUserWorkItem(_ => Fire());
            }

            return true;
        }

        public void Fire()
        {
            lock (clock._gate)
            {
                if (!clock._timers.Contains(this) || DueAt > clock.Now)
                {
                    return;
                }

                clock._timers.Remove(this);
                if (_period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan)
                {
                    DueAt += _period;
                    clock._timers.Add(this);
                }
            }

            callback(state);
        }

        public void Dispose()
        {
            lock (clock._gate)
            {
                clock._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
