using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace BlazorStock.Bench;

/// <summary>
/// Many browsers watch one product over SignalR; each hold's stock change must reach all of them. The
/// delay is measured from just before the hold request is sent (so it includes the commit) to arrival.
/// </summary>
public static class FanOutScenario
{
    public static async Task<ScenarioResult> RunAsync(BenchServer server, BenchOptions options)
    {
        var warehouse = await Catalog.WarehouseAsync(server, "FAN");
        var product = await Catalog.ProductAsync(server, warehouse, "FANOUT", 1_000_000);
        var sentAt = new ConcurrentDictionary<int, long>();
        var latencies = new Latencies();
        var received = 0;
        var refused = new List<string>();
        var connections = new List<HubSocket>();
        try
        {
            foreach (var batch in Enumerable.Range(0, options.FanOutClients).Chunk(50))
            {
                connections.AddRange(await Task.WhenAll(batch.Select(async _ =>
                {
                    var connection = await HubSocket.ConnectAsync(new Uri(server.BaseAddress, "/hubs/stock"), (target, arguments) =>
                    {
                        var arrived = Stopwatch.GetTimestamp();
                        var change = arguments[0];
                        if (target == "StockChanged" && change.GetProperty("productId").GetInt32() == product.Id && sentAt.TryGetValue(change.GetProperty("reserved").GetInt32(), out var start))
                        {
                            latencies.Add(Stopwatch.GetElapsedTime(start, arrived));
                            Interlocked.Increment(ref received);
                        }
                    });
                    await connection.InvokeAsync("WatchProduct", product.Id);
                    return connection;
                })));
            }

            using var client = server.CreateLoadClient(4);
            var cart = await Shop.CreateCartAsync(client);
            var counters = await ProcessCounters.StartWhenQuietAsync(options);
            var clock = Stopwatch.StartNew();
            for (var change = 1; change <= options.FanOutChanges; change++)
            {
                sentAt[change] = Stopwatch.GetTimestamp();
                var reply = await Shop.HoldAsync(client, cart, product.Id, 1);
                if (!reply.Ok)
                {
                    refused.Add($"change {change}: {reply.Outcome}");
                }

                await Task.Delay(50);
            }

            var expected = options.FanOutClients * options.FanOutChanges;
            var wait = Stopwatch.StartNew();
            while (Volatile.Read(ref received) < expected && wait.Elapsed < TimeSpan.FromSeconds(15))
            {
                await Task.Delay(20);
            }

            clock.Stop();
            counters.Stop();
            return new ScenarioResult("fanout", received / clock.Elapsed.TotalSeconds, latencies, clock.Elapsed, received == expected,
                $"{options.FanOutClients} clients × {options.FanOutChanges} changes, delivered {received}/{expected}{(refused.Count == 0 ? "" : $"; holds refused: {string.Join(", ", refused)}")}")
                { Counters = counters.Describe(latencies.Count) };
        }
        finally
        {
            await Task.WhenAll(connections.Select(c => c.DisposeAsync().AsTask()));
        }
    }
}
