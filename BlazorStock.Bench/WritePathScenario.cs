using System.Diagnostics;
using BlazorStock.Domain.Holds;

namespace BlazorStock.Bench;

/// <summary>
/// The hot SKU without HTTP: concurrent shoppers call <see cref="HoldService"/> on the server directly,
/// each with its own cart, one unit at a time until the product sells out. This is the write path the
/// group-commit goal compares, batched and unbatched at the same durability.
/// </summary>
public static class WritePathScenario
{
    public static async Task<ScenarioResult> RunAsync(BenchServer server, BenchOptions options, string name)
    {
        var warehouse = await Catalog.WarehouseAsync(server, "WRITE");
        var product = await Catalog.ProductAsync(server, warehouse, $"W-{Guid.NewGuid():N}"[..12], options.HotUnits);
        var latencies = new Latencies();
        var counters = await ProcessCounters.StartWhenQuietAsync(options);
        var clock = Stopwatch.StartNew();
        await Workers.RunAsync(options.Shoppers, async worker =>
        {
            var held = await latencies.TimeAsync(async () =>
            {
                try
                {
                    await server.WithScopeAsync(sp => sp.GetRequiredService<HoldService>()
                        .HoldAsync(new HoldRequest(HoldOwner.Cart($"writer-{worker}"), product.Id, 1), CancellationToken.None));
                    return "held";
                }
                catch (BlazorStock.Domain.DomainException refused)
                {
                    return refused.Code;
                }
            }, outcome => outcome);
            return held == "held";
        });
        clock.Stop();
        counters.Stop();

        var held = latencies.OutcomeCount("held");
        var reserved = await server.QueryAsync(db => Task.FromResult(db.StockLevels.Single(s => s.ProductId == product.Id).Reserved));
        var (ok, notes) = await Invariants.CheckAsync(server);
        var errors = latencies.Count - held - latencies.OutcomeCount("insufficient_stock");
        return new ScenarioResult(name, held / clock.Elapsed.TotalSeconds, latencies, clock.Elapsed, ok && held == options.HotUnits && reserved == options.HotUnits && errors == 0,
            $"held {held}/{options.HotUnits}, reserved {reserved}, oversold {Math.Max(0, reserved - options.HotUnits)}, errors {errors}; {notes}")
        {
            Counters = counters.Describe(latencies.Count),
        };
    }
}
