using System.Diagnostics;
using BlazorStock.Domain.Catalog;

namespace BlazorStock.Bench;

/// <summary>
/// Shoppers hold, extend, change, release and check out in realistic proportions while the cleanup job
/// expires short holds every second (the server runs with a 3-second hold duration).
/// </summary>
public static class MixedScenario
{
    public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>
    {
        ["Holds:Duration"] = "00:00:03",
        ["Holds:ExtensionLength"] = "00:00:02",
        // Six fields, seconds first: every second; Hangfire looks for due recurring jobs every second too.
        ["Jobs:ExpireHolds:Cron"] = "* * * * * *",
        ["Jobs:SchedulePollingInterval"] = "00:00:01",
    };

    public static async Task<ScenarioResult> RunAsync(BenchServer server, BenchOptions options)
    {
        var warehouse = await Catalog.WarehouseAsync(server, "MIXED");
        var products = new List<Product>();
        foreach (var i in Enumerable.Range(0, 50))
        {
            products.Add(await Catalog.ProductAsync(server, warehouse, $"MIXED-{i}", 5000));
        }

        using var client = server.CreateLoadClient(options.Shoppers);
        var latencies = new Latencies();
        var counters = await ProcessCounters.StartWhenQuietAsync(options);
        var clock = Stopwatch.StartNew();
        await Workers.RunAsync(options.Shoppers, async _ =>
        {
            if (clock.Elapsed >= options.MixedDuration)
            {
                return false;
            }

            var cart = await Shop.CreateCartAsync(client);
            var holds = new List<Guid>();
            for (var line = 0; line < Random.Shared.Next(1, 4); line++)
            {
                var reply = await latencies.TimeAsync(() => Shop.HoldAsync(client, cart, products[Random.Shared.Next(products.Count)].Id, Random.Shared.Next(1, 4)), r => $"hold {r.Outcome}");
                if (reply.Id is { } id)
                {
                    holds.Add(id);
                }
            }

            if (holds.Count == 0)
            {
                return true;
            }

            var pick = holds[Random.Shared.Next(holds.Count)];
            switch (Random.Shared.Next(10))
            {
                case < 3:
                    await latencies.TimeAsync(() => Shop.ExtendAsync(client, cart, pick), r => $"extend {r.Outcome}");
                    break;
                case < 5:
                    await latencies.TimeAsync(() => Shop.ChangeAsync(client, cart, pick, Random.Shared.Next(1, 5)), r => $"change {r.Outcome}");
                    break;
                case < 7:
                    await latencies.TimeAsync(() => Shop.ReleaseAsync(client, cart, pick), r => $"release {r.Outcome}");
                    break;
            }

            if (Random.Shared.Next(10) < 3)
            {
                await latencies.TimeAsync(() => Shop.CheckoutAsync(client, cart), r => $"checkout {r.Outcome}");
            }

            return true;
        });
        clock.Stop();
        counters.Stop();
        var (ok, notes) = await Invariants.CheckAsync(server);
        var errors = latencies.Outcomes.Where(o => o.Key.Contains(" 5")).Sum(o => o.Value);
        return new ScenarioResult("mixed", latencies.Count / clock.Elapsed.TotalSeconds, latencies, clock.Elapsed, ok && errors == 0, $"server errors {errors}; {notes}")
            { Counters = counters.Describe(latencies.Count) };
    }
}
