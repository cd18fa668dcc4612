using System.Diagnostics;

namespace BlazorStock.Bench;

/// <summary>The trivial endpoint on the same server with the same client: this machine's HTTP ceiling.</summary>
public static class CeilingScenario
{
    private const int PrimeRequests = 20_000;

    public static async Task<ScenarioResult> RunAsync(BenchServer server, BenchOptions options)
    {
        using var client = server.CreateLoadClient(options.Shoppers);

        // Untimed pings on this server first, as the drop is primed (HotSkuScenario): code generated per
        // server climbs the tiers only under load, and the timed pings compiled ~280 methods (0.3–0.6 s of
        // JIT in a 1.5 s run) without this, which understated the ceiling.
        if (options.WarmsUp)
        {
            await PingAsync(client, options.Shoppers, PrimeRequests, new Latencies());
        }

        var latencies = new Latencies();
        var counters = await ProcessCounters.StartWhenQuietAsync(options);
        var clock = Stopwatch.StartNew();
        await PingAsync(client, options.Shoppers, options.CeilingRequests, latencies);
        clock.Stop();
        counters.Stop();
        return new ScenarioResult("ceiling", latencies.OutcomeCount("200") / clock.Elapsed.TotalSeconds, latencies, clock.Elapsed, latencies.OutcomeCount("200") == options.CeilingRequests, "")
            { Counters = counters.Describe(latencies.Count) };
    }

    public static Task PingAsync(HttpClient client, int shoppers, int requests, Latencies latencies)
    {
        var remaining = requests;
        return Workers.RunAsync(shoppers, async _ =>
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
    }
}
