using System.Diagnostics;
using BlazorStock.Domain.Holds;

namespace BlazorStock.Bench;

/// <summary>Expire a large number of due holds while shoppers keep holding another product; both are measured.</summary>
public static class ExpiryScenario
{
    public static async Task<ScenarioResult> RunAsync(BenchServer server, BenchOptions options, TextWriter log)
    {
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
        server.Clock.Advance(TimeSpan.FromHours(2));

        using var client = server.CreateLoadClient(64);
        var carts = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Shop.CreateCartAsync(client)));
        await JitQuiet.WaitAsync(options);
        var shoppers = new Latencies();
        var expiring = true;
        var load = Workers.RunAsync(carts.Length, async worker =>
        {
            await shoppers.TimeAsync(() => Shop.HoldAsync(client, carts[worker], live.Id, 1), r => r.Ok ? "held" : r.Outcome);
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

        var (ok, notes) = await Invariants.CheckAsync(server);
        return new ScenarioResult("expiry", result.HoldsExpired / clock.Elapsed.TotalSeconds, shoppers, clock.Elapsed, ok && result.HoldsExpired == options.Expirations,
            $"expired {result.HoldsExpired} in {clock.Elapsed.TotalSeconds:0.00} s ({result.Batches} batches); latencies are other shoppers' holds meanwhile; {notes}")
            { Counters = counters.Describe(result.HoldsExpired) };
    }
}
