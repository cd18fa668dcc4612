using System.Collections.Concurrent;
using System.Diagnostics;

namespace BlazorStock.Bench.Circuits;

/// <summary>
/// N carts open, three held lines each, countdowns running (in the browser: countdown.js; the server renders
/// only on change): the server's memory per circuit (working set and managed heap after a full collection,
/// before and after, divided by N) and its CPU while the tabs sit there.
/// </summary>
public static class CircuitsIdleScenario
{
    /// <summary>Tabs opened and closed before the baseline, so code loaded once (MudBlazor, the cart page) is not counted per circuit.</summary>
    private const int WarmTabs = 20;

    private const string Name = "circuits-idle";

    public static async Task<ScenarioResult> RunAsync(BenchOptions options, TextWriter log)
    {
        await using var server = await ServerProcess.StartAsync(options.ServerSettings);
        log.WriteLine($"{Name} server process {server.ProcessId} at {server.BaseAddress}");
        var products = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            products.Add(await server.CreateProductAsync($"IDLE-{i}", 10_000_000));
        }

        await using var shoppers = new CircuitShoppers(server);
        var warm = new Latencies();
        await shoppers.OpenAsync(Math.Min(WarmTabs, options.Circuits), "/cart", _ => shoppers.FillCartAsync(products), (_, _, _, _) => { }, warm);
        await shoppers.CloseAllAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        var before = await server.StatsAsync(collect: true);

        var extendButtons = new ConcurrentDictionary<int, int>();
        var opened = new Latencies();
        var clock = Stopwatch.StartNew();
        await shoppers.OpenAsync(options.Circuits, "/cart", _ => shoppers.FillCartAsync(products),
            (shopper, _, batch, _) => extendButtons.AddOrUpdate(shopper, batch.ClickHandlersOf("Extend").Count, (_, n) => Math.Max(n, batch.ClickHandlersOf("Extend").Count)), opened);
        await CircuitShoppers.WaitUntilAsync(() => extendButtons.Values.Count(n => n == 3) == options.Circuits, TimeSpan.FromSeconds(60));
        clock.Stop();

        // Idle: nothing happens but countdowns in browsers and SignalR's keep-alive pings. Measured in 10-second
        // slices: the first ones still carry what opening the tabs left behind (a heap that grew by hundreds of MB
        // is collected in the background, rendering code is recompiled at tier 1); the goal is read off the last.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var slices = new List<double>();
        var slice = TimeSpan.FromSeconds(Math.Min(10, options.IdleWindow.TotalSeconds));
        var idleClock = Stopwatch.StartNew();
        while (idleClock.Elapsed + (slice / 2) < options.IdleWindow || slices.Count == 0)
        {
            var sliceStart = await server.StatsAsync(collect: false);
            var sliceClock = Stopwatch.StartNew();
            await Task.Delay(slice);
            slices.Add(((await server.StatsAsync(collect: false)).CpuSeconds - sliceStart.CpuSeconds) / sliceClock.Elapsed.TotalSeconds);
        }

        var idleCpu = slices[^1];
        var after = await server.StatsAsync(collect: true);

        var failed = shoppers.Open.Count(c => c.Error is not null);
        var firstError = shoppers.Open.FirstOrDefault(c => c.Error is not null)?.Error;
        var threeLines = extendButtons.Values.Count(n => n == 3);
        var n = options.Circuits;
        var perWorkingSet = (after.WorkingSetBytes - before.WorkingSetBytes) / 1024.0 / n;
        var perHeap = (after.HeapBytes - before.HeapBytes) / 1024.0 / n;
        var circuitsOk = after.ActiveCircuits == n && after.ConnectedCircuits == n && failed == 0 && threeLines == n;

        await shoppers.CloseAllAsync();
        var invariants = await server.InvariantsAsync();
        log.WriteLine($"circuits-idle  {n} carts: working set {Mb(before.WorkingSetBytes)} → {Mb(after.WorkingSetBytes)} MB, heap {Mb(before.HeapBytes)} → {Mb(after.HeapBytes)} MB");
        return new ScenarioResult(Name, n / clock.Elapsed.TotalSeconds, opened, clock.Elapsed, circuitsOk && invariants.Ok,
            $"{n} carts × 3 lines; per circuit {perWorkingSet:0} KB working set, {perHeap:0} KB heap (goal ≤ 273 KB); idle CPU {idleCpu:P1} of a core in the last {slice.TotalSeconds:0} s (goal < 10%; by {slice.TotalSeconds:0}-s slice from the last tab's opening: {string.Join(", ", slices.Select(c => c.ToString("P0")))}); " +
            $"server: {after.ActiveCircuits} circuits, {after.ConnectedCircuits} connected, {after.LiveSubscriptions} live subscriptions; {threeLines}/{n} showed 3 lines, {failed} failed" +
            (firstError is null ? "" : $" ({firstError})") + $"; {invariants.Notes}");
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0");
}
