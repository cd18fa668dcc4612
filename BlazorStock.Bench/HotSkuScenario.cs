using System.Diagnostics;

namespace BlazorStock.Bench;

/// <summary>
/// A drop: every shopper holds one unit at a time of one product until it sells out. With several servers
/// (PostgreSQL), the shoppers are spread over them, as a proxy would spread browsers.
/// </summary>
public static class HotSkuScenario
{
    private const int PrimeUnits = 20_000;

    public static async Task<ScenarioResult> RunAsync(IReadOnlyList<BenchServer> servers, BenchOptions options, string name)
    {
        var server = servers[0];
        var warehouse = await Catalog.WarehouseAsync(server, "HOT");
        var product = await Catalog.ProductAsync(server, warehouse, $"HOT-{Guid.NewGuid():N}"[..12], options.HotUnits);
        var clients = servers.Select(s => s.CreateLoadClient(options.Shoppers / servers.Count + 1)).ToList();
        HttpClient ClientOf(int worker) => clients[worker % clients.Count];
        var carts = await Task.WhenAll(Enumerable.Range(0, options.Shoppers).Select(i => Shop.CreateCartAsync(ClientOf(i))));
        await PrimeAsync(server, ClientOf, carts, warehouse, options);
        var latencies = new Latencies();
        var counters = await ProcessCounters.StartWhenQuietAsync(options);
        var clock = Stopwatch.StartNew();
        await Workers.RunAsync(options.Shoppers, async worker =>
        {
            var reply = await latencies.TimeAsync(() => Shop.HoldAsync(ClientOf(worker), carts[worker], product.Id, 1), r => r.Ok ? "held" : r.Outcome);
            return reply.Ok;
        });
        clock.Stop();
        counters.Stop();
        clients.ForEach(c => c.Dispose());

        var held = latencies.OutcomeCount("held");
        var reserved = await server.QueryAsync(db => Task.FromResult(db.StockLevels.Single(s => s.ProductId == product.Id).Reserved));
        var (ok, notes) = await Invariants.CheckAsync(server);
        var soldOut = held == options.HotUnits && reserved == options.HotUnits;
        var errors = latencies.Count - held - latencies.OutcomeCount("409 insufficient_stock");
        return new ScenarioResult(name, held / clock.Elapsed.TotalSeconds, latencies, clock.Elapsed, ok && soldOut && errors == 0,
            $"held {held}/{options.HotUnits}, reserved {reserved}, oversold {Math.Max(0, reserved - options.HotUnits)}, errors {errors}; {notes}")
            { Counters = counters.Describe(latencies.Count) };
    }

    /// <summary>
    /// An untimed drop of another product on this server first. Code a fresh server generates on first use
    /// (DI's resolvers, JSON accessors, EF Core's compiled queries) is JIT-compiled anew per server and
    /// climbs the tiers only under load: without this, a timed 100,000-unit drop compiled 170–1,230 methods
    /// (0.6–3 s of JIT time) inside an 8–10 s run. Skipped when warm-up is off (smoke runs).
    /// </summary>
    private static async Task PrimeAsync(BenchServer server, Func<int, HttpClient> clientOf, IReadOnlyList<string> carts, Domain.Catalog.Warehouse warehouse, BenchOptions options)
    {
        if (!options.WarmsUp)
        {
            return;
        }

        var product = await Catalog.ProductAsync(server, warehouse, $"PRIME-{Guid.NewGuid():N}"[..12], PrimeUnits);
        await Workers.RunAsync(options.Shoppers, async worker => (await Shop.HoldAsync(clientOf(worker), carts[worker], product.Id, 1)).Ok);
    }
}
