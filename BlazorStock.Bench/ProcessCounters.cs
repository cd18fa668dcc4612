using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime;
using BlazorStock.Domain.Persistence;

namespace BlazorStock.Bench;

/// <summary>
/// CPU time, allocation and garbage collections of the whole process (server and client together) over
/// a scenario's timed part, per operation, and the write transactions the server committed meanwhile
/// (<see cref="WriterMetrics"/>): the counters docs/benchmarks.md explains the limits with.
/// </summary>
public sealed class ProcessCounters : IDisposable
{
    private readonly Snapshot _start = Snapshot.Now();
    private readonly MeterListener _listener = new();
    private Snapshot? _stop;
    private long _batches;
    private long _batchedOperations;
    private double _batchSeconds;
    private double _commitSeconds;
    private long _indexSteps;
    private long _indexKeys;
    private double _indexSeconds;
    private double _indexLongest;

    private ProcessCounters()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == WriterMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        // The writer records from its one thread, so the sums need no lock.
        _listener.SetMeasurementEventCallback<int>((_, size, _, _) =>
        {
            _batches++;
            _batchedOperations += size;
        });
        _listener.SetMeasurementEventCallback<double>((instrument, seconds, _, _) =>
        {
            switch (instrument.Name)
            {
                case WriterMetrics.CommitDuration:
                    _commitSeconds += seconds;
                    break;
                case WriterMetrics.AuditIndexDuration:
                    _indexSteps++;
                    _indexSeconds += seconds;
                    _indexLongest = Math.Max(_indexLongest, seconds);
                    break;
                case WriterMetrics.BatchDuration:
                    _batchSeconds += seconds;
                    break;
            }
        });
        _listener.SetMeasurementEventCallback<long>((instrument, keys, _, _) =>
        {
            if (instrument.Name == WriterMetrics.AuditKeys)
            {
                _indexKeys += keys;
            }
        });
        _listener.Start();
    }

    public static ProcessCounters Start() => new();

    /// <summary>Starts counting once the JIT has gone quiet after the scenario's fresh server started (<see cref="JitQuiet"/>).</summary>
    public static async Task<ProcessCounters> StartWhenQuietAsync(BenchOptions options)
    {
        await JitQuiet.WaitAsync(options);
        return new ProcessCounters();
    }

    public void Stop()
    {
        _stop = Snapshot.Now();
        _listener.Dispose();
    }

    public string Describe(int operations)
    {
        var stop = _stop ?? throw new InvalidOperationException("Stop first.");
        var per = Math.Max(1, operations);
        var writes = _batches == 0 ? "" :
            $"; {_batches:N0} write transactions, {(double)_batchedOperations / _batches:0.0} operations and {_batchSeconds * 1000 / _batches:0.00} ms each " +
            $"({_commitSeconds / Math.Max(_batchSeconds, 1e-9):P0} of it committing)";
        var indexing = _indexSteps == 0 ? "" :
            $"; {_indexSteps:N0} audit index steps, {_indexKeys / _indexSteps:N0} keys and {_indexSeconds * 1000 / _indexSteps:0.0} ms each (longest {_indexLongest * 1000:0.0} ms)";
        return $"per op: {(stop.Cpu - _start.Cpu).TotalMicroseconds / per:0} µs CPU, {(stop.Allocated - _start.Allocated) / per / 1024.0:0.0} KiB allocated; " +
            $"{stop.Gen0 - _start.Gen0} gen0 / {stop.Gen2 - _start.Gen2} gen2 GCs, {(stop.Paused - _start.Paused).TotalMilliseconds:0} ms paused; " +
            $"JIT {stop.Jitted - _start.Jitted:N0} methods, {(stop.Jitting - _start.Jitting).TotalMilliseconds:N0} ms{writes}{indexing}";
    }

    public void Dispose() => _listener.Dispose();

    private sealed record Snapshot(TimeSpan Cpu, long Allocated, int Gen0, int Gen2, TimeSpan Paused, long Jitted, TimeSpan Jitting)
    {
        public static Snapshot Now() => new(
            Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalPauseDuration(),
            JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime());
    }
}
