using System.Diagnostics;

namespace BlazorStock.Bench;

/// <summary>
/// CPU time, allocation and garbage collections of the whole process (server and client together) over
/// a scenario's timed part, per operation: the counters docs/benchmarks.md explains the limits with.
/// </summary>
public sealed class ProcessCounters
{
    private readonly TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly long _allocated = GC.GetTotalAllocatedBytes();
    private readonly int _gen0 = GC.CollectionCount(0);
    private readonly int _gen2 = GC.CollectionCount(2);
    private readonly TimeSpan _paused = GC.GetTotalPauseDuration();
    private string? _stopped;

    public static ProcessCounters Start() => new();

    public void Stop()
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - _cpu;
        var allocated = GC.GetTotalAllocatedBytes() - _allocated;
        var paused = GC.GetTotalPauseDuration() - _paused;
        _stopped = $"{cpu.TotalMicroseconds}|{allocated}|{GC.CollectionCount(0) - _gen0}|{GC.CollectionCount(2) - _gen2}|{paused.TotalMilliseconds}";
    }

    public string Describe(int operations)
    {
        var parts = (_stopped ?? throw new InvalidOperationException("Stop first.")).Split('|').Select(double.Parse).ToArray();
        var per = Math.Max(1, operations);
        return $"per op: {parts[0] / per:0} µs CPU, {parts[1] / per / 1024:0.0} KiB allocated; {parts[2]:0} gen0 / {parts[3]:0} gen2 GCs, {parts[4]:0} ms paused";
    }
}
