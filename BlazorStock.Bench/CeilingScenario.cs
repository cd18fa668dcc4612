using System.Diagnostics;

namespace BlazorStock.Bench;

/// <summary>The trivial endpoint on the same server with the same client: this machine's HTTP ceiling.</summary>
public static class CeilingScenario
{
    public static async Task<ScenarioResult> RunAsync(BenchServer server, BenchOptions options)
    {
        using var client = server.CreateLoadClient(options.Shoppers);
        var latencies = new Latencies();
        var remaining = options.CeilingRequests;
        var counters = await ProcessCounters.StartWhenQuietAsync(options);
        var clock = Stopwatch.StartNew();
        await Workers.RunAsync(options.Shoppers, async _ =>
        {
            if (Interlocked.Decrement(ref remaining) < 0)
            {
                return false;
            }

            await latencies.TimeAsync(async () =>
            {
                using var response = await client.GetAsync("/bench/ping");
                return (int)response.StatusCode;
            }, status => status.ToString());
            return true;
        });
        clock.Stop();
        counters.Stop();
        return new ScenarioResult("ceiling", latencies.OutcomeCount("200") / clock.Elapsed.TotalSeconds, latencies, clock.Elapsed, latencies.OutcomeCount("200") == options.CeilingRequests, "")
            { Counters = counters.Describe(latencies.Count) };
    }
}
