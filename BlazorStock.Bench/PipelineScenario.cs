using System.Diagnostics;

namespace BlazorStock.Bench;

/// <summary>
/// Hold requests the API refuses before the write path (quantity 0): the same client, middleware,
/// endpoint filters and JSON in and out as a hold, without the hold. Between the ceiling and the hot SKU,
/// it tells what the HTTP pipeline costs and what the hold itself adds.
/// </summary>
public static class PipelineScenario
{
    public static async Task<ScenarioResult> RunAsync(BenchServer server, BenchOptions options)
    {
        var warehouse = await Catalog.WarehouseAsync(server, "PIPE");
        var product = await Catalog.ProductAsync(server, warehouse, "PIPE", 1);
        using var client = server.CreateLoadClient(options.Shoppers);
        var carts = await Task.WhenAll(Enumerable.Range(0, options.Shoppers).Select(_ => Shop.CreateCartAsync(client)));
        var latencies = new Latencies();
        var remaining = options.CeilingRequests;
        var counters = await ProcessCounters.StartWhenQuietAsync(options);
        var clock = Stopwatch.StartNew();
        await Workers.RunAsync(options.Shoppers, async worker =>
        {
            if (Interlocked.Decrement(ref remaining) < 0)
            {
                return false;
            }

            await latencies.TimeAsync(() => Shop.HoldAsync(client, carts[worker], product.Id, 0), r => r.Outcome);
            return true;
        });
        clock.Stop();
        counters.Stop();
        var refused = latencies.OutcomeCount("400 invalid_quantity");
        return new ScenarioResult("pipeline", refused / clock.Elapsed.TotalSeconds, latencies, clock.Elapsed, refused == options.CeilingRequests, "")
        {
            Counters = counters.Describe(latencies.Count),
        };
    }
}
