using System.Diagnostics;
using BlazorStock.Domain.Holds;

namespace BlazorStock.Bench;

/// <summary>
/// Expire a large number of due holds while shoppers keep holding another product; both are measured. With
/// several servers (PostgreSQL), the first expires while the shoppers are spread over all of them.
/// </summary>
public static class ExpiryScenario
{
    public static async Task<ScenarioResult> RunAsync(IReadOnlyList<BenchServer> servers, BenchOptions options, TextWriter log, string name)
    {
        var server = servers[0];
        var warehouse = await Catalog.WarehouseAsync(server, "EXP");
        var due = await Catalog.ProductAsync(server, warehouse, "EXPIRE", options.Expirations);
        var live = await Catalog.ProductAsync(server, warehouse, "LIVE", 1_000_000);
        var setup = Stopwatch.StartNew();
        foreach (var chunk in Enumerable.Range(0, options.Expirations).Chunk(2000))
        {
            await Task.WhenAll(chunk.Select(i => server.WithScopeAsync(sp =>
                sp.GetRequiredService<HoldService>().HoldAsync(new HoldRequest(HoldOwner.Cart($"due-{i}"), due.Id, 1), CancellationToken.None))));
        }

        log.WriteLine($"  (expiry setup: {options.Expirations} holds in {setup.Elapsed.TotalSeconds:0.0} s)");
        foreach (var each in servers)
        {
            each.Clock.Advance(TimeSpan.FromHours(2));
        }

        var clients = servers.Select(s => s.CreateLoadClient(64)).ToList();
        HttpClient ClientOf(int worker) => clients[worker % clients.Count];
        var carts = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Shop.CreateCartAsync(ClientOf(i))));
        await JitQuiet.WaitAsync(options);
        var shoppers = new Latencies();
        var expiring = true;
        var load = Workers.RunAsync(carts.Length, async worker =>
        {
            await shoppers.TimeAsync(() => Shop.HoldAsync(ClientOf(worker), carts[worker], live.Id, 1), r => r.Ok ? "held" : r.Outcome);
            return Volatile.Read(ref expiring);
        });
        await Task.Delay(200);

        var counters = ProcessCounters.Start();
        var clock = Stopwatch.StartNew();
        var result = await server.WithScopeAsync(sp => sp.GetRequiredService<HoldService>().ExpireDueAsync(options.ExpiryBatchSize, CancellationToken.None));
        clock.Stop();
        counters.Stop();
        Volatile.Write(ref expiring, false);
        await load;
        clients.ForEach(c => c.Dispose());

        var (ok, notes) = await Invariants.CheckAsync(server);
        return new ScenarioResult(name, result.HoldsExpired / clock.Elapsed.TotalSeconds, shoppers, clock.Elapsed, ok && result.HoldsExpired == options.Expirations,
            $"expired {result.HoldsExpired} in {clock.Elapsed.TotalSeconds:0.00} s ({result.Batches} batches); latencies are other shoppers' holds meanwhile; {notes}")
            { Counters = counters.Describe(result.HoldsExpired) };
    }
}
