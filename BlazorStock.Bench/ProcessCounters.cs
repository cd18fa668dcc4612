using System.Diagnostics;

namespace BlazorStock.Bench;

/// <summary>
/// CPU time, allocation and garbage collections of the whole process (server and client together) over
/// a scenario's timed part, per operation: the counters docs/benchmarks.md explains the limits with.
/// </summary>
public sealed class ProcessCounters
{
    private readonly Snapshot _start = Snapshot.Now();
    private Snapshot? _stop;

    public static ProcessCounters Start() => new();

    public void Stop() => _stop = Snapshot.Now();

    public string Describe(int operations)
    {
        var stop = _stop ?? throw new InvalidOperationException("Stop first.");
        var per = Math.Max(1, operations);
        return $"per op: {(stop.Cpu - _start.Cpu).TotalMicroseconds / per:0} µs CPU, {(stop.Allocated - _start.Allocated) / per / 1024.0:0.0} KiB allocated; " +
            $"{stop.Gen0 - _start.Gen0} gen0 / {stop.Gen2 - _start.Gen2} gen2 GCs, {(stop.Paused - _start.Paused).TotalMilliseconds:0} ms paused";
    }

    private sealed record Snapshot(TimeSpan Cpu, long Allocated, int Gen0, int Gen2, TimeSpan Paused)
    {
        public static Snapshot Now() => new(
            Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalPauseDuration());
    }
}
