using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace BlazorStock.Bench.Circuits;

/// <summary>
/// N tabs on the drop's product page while the API drop sells it out: the delay from each sampled hold's
/// commit to the render batch that shows it at every tab (coalescing included), the drop's own figures
/// beside the trivial endpoint's ceiling, with and without the tabs open, and optionally real Chromium
/// tabs on the same page to check the headless client against a browser.
/// </summary>
public static class CircuitsPushScenario
{
    private const int PrimeUnits = 20_000;
    private const int PrimePings = 20_000;

    private const string Name = "circuits-push";

    public static async Task<ScenarioResult> RunAsync(BenchOptions options, TextWriter log)
    {
        await using var server = await ServerProcess.StartAsync(options.ServerSettings);
        log.WriteLine($"{Name} server process {server.ProcessId} at {server.BaseAddress}");
        var http = server.Http;
        var carts = await Task.WhenAll(Enumerable.Range(0, options.Shoppers).Select(_ => Shop.CreateCartAsync(http)));
        if (options.WarmsUp)
        {
            await CeilingScenario.PingAsync(http, options.Shoppers, PrimePings, new Latencies());
            await DropAsync(http, carts, await server.CreateProductAsync("PRIME", PrimeUnits), new Latencies());
        }

        var ceiling = new Latencies();
        var ceilingClock = Stopwatch.StartNew();
        await CeilingScenario.PingAsync(http, options.Shoppers, options.CeilingRequests, ceiling);
        var ceilingRate = ceiling.OutcomeCount("200") / ceilingClock.Elapsed.TotalSeconds;

        var alone = new Latencies();
        var aloneRate = await DropAsync(http, carts, await server.CreateProductAsync("ALONE", options.HotUnits), alone);

        var product = await server.CreateProductAsync("DROP", options.HotUnits);
        var page = $"/products/{product}";
        var seen = new ConcurrentDictionary<int, List<(long At, int Value)>>();
        await using var shoppers = new CircuitShoppers(server);
        var opened = new Latencies();
        await shoppers.OpenAsync(options.Circuits, page, _ => Task.FromResult(new BrowserCookies()), (tab, _, batch, at) =>
        {
            var shown = seen.GetOrAdd(tab, _ => []);
            foreach (var text in batch.Texts)
            {
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= options.HotUnits
                    && (shown.Count == 0 || value < shown[^1].Value))
                {
                    shown.Add((at, value));
                }
            }
        }, opened);
        await CircuitShoppers.WaitUntilAsync(() => seen.Count == options.Circuits && seen.Values.All(s => s.Count > 0), TimeSpan.FromSeconds(60));
        await using var browsers = options.Browsers > 0 ? await BrowserWatchers.OpenAsync(new Uri(server.BaseAddress, page), options.Browsers) : null;

        await Task.Delay(TimeSpan.FromSeconds(1));
        await server.WatchCommitsAsync(product);
        var before = await server.StatsAsync(collect: false);
        var drop = new Latencies();
        var dropClock = Stopwatch.StartNew();
        var dropRate = await DropAsync(http, carts, product, drop);
        var during = await server.StatsAsync(collect: false);
        var serverCpu = (during.CpuSeconds - before.CpuSeconds) / dropClock.Elapsed.TotalSeconds;

        // Every tab must come to show the sell-out; the last refreshes trail the drop.
        var wait = Stopwatch.StartNew();
        while (seen.Count(s => s.Value.Count > 0 && s.Value[^1].Value == 0) < options.Circuits && wait.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(100);
        }

        var delays = new PushDelays(await server.CommitsAsync(), options.HotUnits);
        var pushed = new Latencies();
        var unseen = seen.Values.Sum(s => delays.Add(s, pushed)) + (options.Circuits - seen.Count) * delays.SampledHolds;
        var browserNote = "";
        if (browsers is not null)
        {
            var inBrowsers = new Latencies();
            var browserUnseen = (await browsers.SeenAsync()).Sum(s => delays.Add(s, inBrowsers));
            browserNote = $"; {options.Browsers} Chromium tabs beside them: p50 {inBrowsers.PercentileMs(50):0.0} / p99 {inBrowsers.PercentileMs(99):0.0} ms, {browserUnseen} unseen";
        }

        var failed = shoppers.Open.Count(c => c.Error is not null);
        var firstError = shoppers.Open.FirstOrDefault(c => c.Error is not null)?.Error;
        var after = await server.StatsAsync(collect: true);
        await shoppers.CloseAllAsync();
        var invariants = await server.InvariantsAsync();
        var soldOut = drop.OutcomeCount("held") == options.HotUnits;
        log.WriteLine($"circuits-push  drop with {options.Circuits} tabs open: {dropRate:0} holds/s, p99 {drop.PercentileMs(99):0.0} ms, {dropRate / ceilingRate:P0} of the ceiling " +
            $"({ceilingRate:0} req/s); alone {aloneRate:0} holds/s, p99 {alone.PercentileMs(99):0.0} ms, {aloneRate / ceilingRate:P0}");
        return new ScenarioResult(Name, dropRate, pushed, dropClock.Elapsed,
            invariants.Ok && soldOut && unseen == 0 && failed == 0 && delays.MissingCommits == 0,
            $"{options.Circuits} tabs × {delays.SampledHolds} sampled holds of a {options.HotUnits}-unit drop, {unseen} never shown, {failed} tabs failed" +
            (firstError is null ? "" : $" ({firstError})") +
            $"; drop {dropRate:0} holds/s, p99 {drop.PercentileMs(99):0.0} ms = {dropRate / ceilingRate:P0} of the ceiling {ceilingRate:0} req/s (without tabs: {aloneRate:0} holds/s, p99 {alone.PercentileMs(99):0.0} ms); " +
            $"server CPU {serverCpu:0.00} cores during the drop, {Mb(after.WorkingSetBytes)} MB working set after{browserNote}; {invariants.Notes}")
            { Counters = $"tabs opened in p50 {opened.PercentileMs(50):0} / p99 {opened.PercentileMs(99):0} ms" };
    }

    private static async Task<double> DropAsync(HttpClient http, IReadOnlyList<string> carts, int product, Latencies latencies)
    {
        var clock = Stopwatch.StartNew();
        await Workers.RunAsync(carts.Count, async worker =>
            (await latencies.TimeAsync(() => Shop.HoldAsync(http, carts[worker], product, 1), r => r.Ok ? "held" : r.Outcome)).Ok);
        return latencies.OutcomeCount("held") / clock.Elapsed.TotalSeconds;
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0");
}
