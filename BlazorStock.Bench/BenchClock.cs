namespace BlazorStock.Bench;

/// <summary>The system clock plus an offset the expiry scenario moves forward, so 100,000 holds fall due at once.</summary>
public sealed class BenchClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
