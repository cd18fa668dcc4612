using System.Diagnostics;
using BlazorStock.Domain.Catalog;

namespace BlazorStock.Bench;

/// <summary>Holds spread over many products: contention on the write path, not on one row.</summary>
public static class SpreadScenario
{
    public static async Task<ScenarioResult> RunAsync(BenchServer server, BenchOptions options)
    {
        var warehouse = await Catalog.WarehouseAsync(server, "SPREAD");
        var products = new List<Product>();
        foreach (var i in Enumerable.Range(0, options.SpreadProducts))
        {
            products.Add(await Catalog.ProductAsync(server, warehouse, $"SPREAD-{i}", 1000));
        }

        using var client = server.CreateLoadClient(options.Shoppers);
        var carts = await Task.WhenAll(Enumerable.Range(0, options.Shoppers).Select(_ => Shop.CreateCartAsync(client)));
        var latencies = new Latencies();
        var remaining = options.SpreadRequests;
        var counters = await ProcessCounters.StartWhenQuietAsync(options);
        var clock = Stopwatch.StartNew();
        await Workers.RunAsync(options.Shoppers, async worker =>
        {
            if (Interlocked.Decrement(ref remaining) < 0)
            {
                return false;
            }

            var product = products[Random.Shared.Next(products.Count)];
            await latencies.TimeAsync(() => Shop.HoldAsync(client, carts[worker], product.Id, 1), r => r.Ok ? "held" : r.Outcome);
            return true;
        });
        clock.Stop();
        counters.Stop();
        var (ok, notes) = await Invariants.CheckAsync(server);
        var held = latencies.OutcomeCount("held");
        return new ScenarioResult("spread", held / clock.Elapsed.TotalSeconds, latencies, clock.Elapsed, ok && held == options.SpreadRequests, $"{options.SpreadProducts} products; {notes}")
            { Counters = counters.Describe(latencies.Count) };
    }
}
