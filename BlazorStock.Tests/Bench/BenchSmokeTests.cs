using BlazorStock.Bench;
using BlazorStock.Tests.Support;

namespace BlazorStock.Tests.Bench;

/// <summary>The benchmark with tiny numbers, so it keeps working; its figures are not judged here (docs/benchmarks.md).</summary>
public sealed class BenchSmokeTests
{
    [Fact]
    public async Task Every_scenario_runs_and_keeps_the_stock_invariants()
    {
        using var output = new StringWriter();

        var results = await BenchRunner.RunAsync(BenchOptions.Smoke, output);

        Assert.Equal(BenchOptions.Smoke.Scenarios, results.Select(r => r.Name));
        Assert.All(results, r => Assert.True(r.Ok, $"{r.Name}: {r.Notes}"));
        Assert.All(results, r => Assert.True(r.Latencies.Count > 0, $"{r.Name} measured nothing"));
        var text = output.ToString();
        Assert.Contains("hot / ceiling", text);
        Assert.Contains("group commit speed-up", text);
        Assert.Contains("zero oversell", text);
    }

    [Fact]
    public async Task The_postgresql_scenarios_run_with_one_and_two_servers_beside_sqlite()
    {
        using var output = new StringWriter();
        var options = BenchOptions.Smoke with
        {
            PostgresAdmin = await PostgresServer.AdminConnectionStringAsync(),
            Scenarios = ["hot", "hot-pg1", "hot-pg2", "expiry", "expiry-pg1", "expiry-pg2"],
        };

        var results = await BenchRunner.RunAsync(options, output);

        Assert.Equal(options.Scenarios, results.Select(r => r.Name));
        Assert.All(results, r => Assert.True(r.Ok, $"{r.Name}: {r.Notes}"));
        Assert.Contains("hot    SQLite / PostgreSQL ×1 / ×2", output.ToString());
    }
}
