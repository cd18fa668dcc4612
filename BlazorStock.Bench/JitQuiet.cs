using System.Diagnostics;
using System.Runtime;

namespace BlazorStock.Bench;

/// <summary>
/// Waits for the JIT to go quiet. A fresh server's start-up (EF Core's model and migrations, DI, routing)
/// queues thousands of tier-1 recompiles that one background thread works through for tens of seconds;
/// measured on the hot drop, that was 4,000 methods and 10 s of compiling inside a 12 s timed run. A drop
/// hits a server that has been up for a while, so each timed part starts once that queue has drained.
/// </summary>
public static class JitQuiet
{
    /// <summary>Methods compiled per second below which the JIT counts as quiet.</summary>
    private const int QuietRate = 50;

    /// <summary>How long at most a scenario waits for its server's start-up to be compiled.</summary>
    private static readonly TimeSpan ScenarioLimit = TimeSpan.FromSeconds(45);

    /// <summary>Waits before a scenario's timed part, unless warm-up is off (smoke runs).</summary>
    public static async Task WaitAsync(BenchOptions options)
    {
        if (options.WarmsUp)
        {
            await WaitAsync(ScenarioLimit);
        }
    }

    /// <summary>Waits, at most <paramref name="limit"/>, until a second passes with fewer than <see cref="QuietRate"/> methods compiled; returns the last second's count.</summary>
    public static async Task<long> WaitAsync(TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        long compiled;
        do
        {
            var before = JitInfo.GetCompiledMethodCount();
            await Task.Delay(TimeSpan.FromSeconds(1));
            compiled = JitInfo.GetCompiledMethodCount() - before;
        }
        while (compiled > QuietRate && clock.Elapsed < limit);

        return compiled;
    }
}
