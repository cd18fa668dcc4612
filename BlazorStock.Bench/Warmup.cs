using System.Diagnostics;
using System.Runtime;

namespace BlazorStock.Bench;

/// <summary>
/// Runs the chosen scenarios at small sizes, untimed, then waits for the JIT to go quiet. A fresh
/// process spends its first half minute recompiling hot methods (tier 0, instrumented, tier 1): a
/// profile of an unwarmed drop showed a quarter of both cores in the JIT. A drop hits a server that has
/// been up for a while, so the timed runs start from compiled code. Each scenario still gets a fresh
/// server and database (whose own generated code, per server, is compiled during its run).
/// </summary>
public static class Warmup
{
    /// <summary>Methods compiled per second below which the JIT counts as quiet.</summary>
    private const int QuietRate = 50;

    public static async Task<string> RunAsync(BenchOptions options)
    {
        var sizes = options with
        {
            HotUnits = 3_000,
            CeilingRequests = 3_000,
            SpreadProducts = 100,
            SpreadRequests = 3_000,
            MixedDuration = TimeSpan.FromSeconds(2),
            FanOutClients = 50,
            FanOutChanges = 10,
            Expirations = 3_000,
        };
        var clock = Stopwatch.StartNew();
        var start = JitInfo.GetCompiledMethodCount();
        var rounds = 0;
        do
        {
            foreach (var scenario in options.Scenarios)
            {
                await BenchRunner.RunScenarioAsync(scenario, sizes, TextWriter.Null);
            }

            rounds++;
        }
        while (rounds < 2 && clock.Elapsed < options.WarmupLimit / 2);

        // Tier-1 recompiles queue up behind the rounds and run on one background thread; let them finish.
        long compiled;
        do
        {
            var before = JitInfo.GetCompiledMethodCount();
            await Task.Delay(TimeSpan.FromSeconds(1));
            compiled = JitInfo.GetCompiledMethodCount() - before;
        }
        while (compiled > QuietRate && clock.Elapsed < options.WarmupLimit);

        return $"warm-up: {rounds} round(s) and {clock.Elapsed.TotalSeconds:0} s, {JitInfo.GetCompiledMethodCount() - start:N0} methods compiled; " +
            $"{compiled:N0} compiled in the last second";
    }
}
