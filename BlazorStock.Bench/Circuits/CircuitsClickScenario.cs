using System.Collections.Concurrent;
using System.Diagnostics;

namespace BlazorStock.Bench.Circuits;

/// <summary>
/// N shoppers with open carts (three lines each) click Extend on two of their lines, at random moments over
/// a window: the time from the click leaving the browser to the render batch that shows the line's new
/// "1 extension left", as a shopper would wait for it.
/// </summary>
public static class CircuitsClickScenario
{
    private const string Extended = "1 extension left";
    private const int ClicksPerShopper = 2;

    private const string Name = "circuits-click";

    public static async Task<ScenarioResult> RunAsync(BenchOptions options, TextWriter log)
    {
        await using var server = await ServerProcess.StartAsync(options.ServerSettings);
        log.WriteLine($"{Name} server process {server.ProcessId} at {server.BaseAddress}");
        var products = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            products.Add(await server.CreateProductAsync($"CLICK-{i}", 10_000_000));
        }

        var tabs = new ConcurrentDictionary<int, Tab>();
        await using var shoppers = new CircuitShoppers(server);
        var opened = new Latencies();
        await shoppers.OpenAsync(options.Circuits, "/cart", _ => shoppers.FillCartAsync(products), (shopper, circuit, batch, at) =>
        {
            var tab = tabs.GetOrAdd(shopper, _ => new Tab(circuit));
            var extend = batch.ClickHandlersOf("Extend");
            if (extend.Count == 3 && tab.Extend.Length == 0)
            {
                tab.Extend = [.. extend];
            }

            // A re-render may hand a button a new handler; the browser's DOM follows it, and so does the tab.
            foreach (var changed in batch.ChangedClickHandlers)
            {
                var line = Array.FindIndex(tab.Extend, t => t.ComponentId == changed.ComponentId);
                if (line >= 0)
                {
                    tab.Extend[line] = changed;
                }
            }

            if (batch.Texts.Contains(Extended))
            {
                tab.Answered?.TrySetResult(at);
            }
        }, opened);

        await CircuitShoppers.WaitUntilAsync(() => tabs.Count == options.Circuits && tabs.Values.All(t => t.Extend.Length == 3), TimeSpan.FromSeconds(60));
        var clicks = new Latencies();
        var random = new Random(16);
        var starts = tabs.Values.Select(_ => Enumerable.Range(0, ClicksPerShopper).Select(_ => random.NextDouble() * options.ClickWindow.TotalSeconds).Order().ToArray()).ToArray();
        var before = await server.StatsAsync(collect: false);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(tabs.Values.Where(t => t.Extend.Length == 3).Select((tab, i) => Task.Run(() => ClickAsync(tab, starts[i], clock, clicks))));
        clock.Stop();
        var after = await server.StatsAsync(collect: false);

        var failed = shoppers.Open.Count(c => c.Error is not null);
        var firstError = shoppers.Open.FirstOrDefault(c => c.Error is not null)?.Error;
        var sent = tabs.Count * ClicksPerShopper;
        await shoppers.CloseAllAsync();
        var invariants = await server.InvariantsAsync();
        var answered = clicks.OutcomeCount("extended");
        return new ScenarioResult(Name, answered / clock.Elapsed.TotalSeconds, clicks, clock.Elapsed,
            invariants.Ok && answered == sent && invariants.Extensions == sent && failed == 0 && tabs.Count == options.Circuits,
            $"{options.Circuits} carts × {ClicksPerShopper} Extend clicks over {options.ClickWindow.TotalSeconds:0} s: {answered}/{sent} shown, {invariants.Extensions} extensions recorded, {failed} tabs failed" +
            (firstError is null ? "" : $" ({firstError})") +
            $"; server CPU {(after.CpuSeconds - before.CpuSeconds) / clock.Elapsed.TotalSeconds:0.00} cores; {invariants.Notes}");
    }

    private static async Task ClickAsync(Tab tab, double[] startSeconds, Stopwatch clock, Latencies clicks)
    {
        for (var line = 0; line < startSeconds.Length; line++)
        {
            var wait = TimeSpan.FromSeconds(startSeconds[line]) - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            tab.Answered = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            var sent = Stopwatch.GetTimestamp();
            await tab.Circuit.ClickAsync(tab.Extend[line].EventHandlerId);
            try
            {
                var arrived = await tab.Answered.Task.WaitAsync(TimeSpan.FromSeconds(30));
                clicks.Add(Stopwatch.GetElapsedTime(sent, arrived));
                clicks.CountOutcome("extended");
            }
            catch (TimeoutException)
            {
                clicks.CountOutcome("no answer");
            }
        }
    }

    private sealed class Tab(CircuitConnection circuit)
    {
        public CircuitConnection Circuit { get; } = circuit;

        public ClickTarget[] Extend { get; set; } = [];

        public TaskCompletionSource<long>? Answered { get; set; }
    }
}
