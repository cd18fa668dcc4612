using System.Diagnostics;
using System.Runtime;

namespace BlazorStock.Bench;

/// <summary>
/// Runs the chosen scenarios at small sizes, untimed, then waits for the JIT to go quiet. A fresh
/// process spends its first half minute recompiling hot methods (tier 0, instrumented, tier 1): a
/// profile of an unwarmed drop showed a quarter of both cores in the JIT. A drop hits a server that has
/// been up for a while, so the timed runs start from compiled code. Each scenario still gets a fresh
/// server and database; each waits before its timed part until that server's start-up is compiled (<see cref="JitQuiet"/>).
/// </summary>
public static class Warmup
{
    public static async Task<string> RunAsync(BenchOptions options)
    {
        var sizes = options with
        {
            // Long enough for the request path to reach tier 1 within a round: while new servers keep the
            // JIT busy with tier 0 the runtime holds call counting back, and rounds of 3,000 left ~4,000
            // recompiles (10 s of JIT) to the timed drop.
            HotUnits = 30_000,
            CeilingRequests = 30_000,
            SpreadProducts = 100,
            SpreadRequests = 3_000,
            MixedDuration = TimeSpan.FromSeconds(2),
            FanOutClients = 50,
            FanOutChanges = 10,
            Expirations = 3_000,
            AnalyticsHolds = 20_000,
            WarmupLimit = TimeSpan.Zero,
        };
        var clock = Stopwatch.StartNew();
        var start = JitInfo.GetCompiledMethodCount();
        var rounds = 0;
        do
        {
            // The circuit scenarios' servers run in processes of their own and warm themselves up.
            foreach (var scenario in options.Scenarios.Where(s => !s.StartsWith("circuits-", StringComparison.Ordinal)))
            {
                await BenchRunner.RunScenarioAsync(scenario, sizes, TextWriter.Null);
            }

            rounds++;
        }
        while (rounds < 2 && clock.Elapsed < options.WarmupLimit / 2);

        // Tier-1 recompiles queue up behind the rounds and run on one background thread; let them finish.
        var compiled = await JitQuiet.WaitAsync(options.WarmupLimit - clock.Elapsed);

        return $"warm-up: {rounds} round(s) and {clock.Elapsed.TotalSeconds:0} s, {JitInfo.GetCompiledMethodCount() - start:N0} methods compiled; " +
            $"{compiled:N0} compiled in the last second";
    }
}
