using BlazorStock.Bench.Circuits;

namespace BlazorStock.Bench;

/// <summary>Runs the chosen scenarios, each on a fresh server, prints figures and the goal comparisons.</summary>
public static class BenchRunner
{
    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(BenchOptions options, TextWriter log)
    {
        log.WriteLine($"BlazorStock bench: {Environment.ProcessorCount} cores, {options.Shoppers} shoppers, .NET {Environment.Version}");
        if (options.WarmsUp)
        {
            log.WriteLine(await Warmup.RunAsync(options));
        }

        var results = new List<ScenarioResult>();
        foreach (var scenario in options.Scenarios)
        {
            var result = await RunScenarioAsync(scenario, options, log);
            log.WriteLine(result);
            results.Add(result);
        }

        Compare(results, log);
        return results;
    }

    public static async Task<ScenarioResult> RunScenarioAsync(string scenario, BenchOptions options, TextWriter log)
    {
        // Circuit scenarios start their server in a process of its own, to measure its memory alone.
        switch (scenario)
        {
            case "circuits-idle":
                return await CircuitsIdleScenario.RunAsync(options, log);
            case "circuits-click":
                return await CircuitsClickScenario.RunAsync(options, log);
            case "circuits-churn":
                return await CircuitsChurnScenario.RunAsync(options, log);
            case "circuits-push":
                return await CircuitsPushScenario.RunAsync(options, log);
        }

        // hot-pg1, hot-pg2, expiry-pg1, expiry-pg2: the same scenario on PostgreSQL, with one or two app servers.
        if (scenario is "hot-pg1" or "hot-pg2" or "expiry-pg1" or "expiry-pg2")
        {
            await using var database = await BenchDatabase.CreateAsync(options.PostgresAdmin
                ?? throw new ArgumentException($"{scenario} needs --postgres \"Host=…;Username=…;Database=postgres\" (a server on which it may create databases)."));
            var servers = new List<BenchServer>();
            try
            {
                for (var i = 0; i < (scenario.EndsWith('2') ? 2 : 1); i++)
                {
                    servers.Add(BenchServer.Start(groupCommit: true, database.Settings));
                }

                return scenario.StartsWith("hot", StringComparison.Ordinal)
                    ? await HotSkuScenario.RunAsync(servers, options, scenario)
                    : await ExpiryScenario.RunAsync(servers, options, log, scenario);
            }
            finally
            {
                foreach (var each in servers)
                {
                    await each.DisposeAsync();
                }
            }
        }

        var groupCommit = !scenario.EndsWith("-unbatched", StringComparison.Ordinal);
        await using var server = BenchServer.Start(groupCommit, scenario == "mixed" ? MixedScenario.Settings : null);
        return scenario switch
        {
            "ceiling" => await CeilingScenario.RunAsync(server, options),
            "hot" => await HotSkuScenario.RunAsync([server], options, "hot"),
            "hot-unbatched" => await HotSkuScenario.RunAsync([server], options, "hot-unbatched"),
            "pipeline" => await PipelineScenario.RunAsync(server, options),
            "write" => await WritePathScenario.RunAsync(server, options, "write"),
            "write-unbatched" => await WritePathScenario.RunAsync(server, options, "write-unbatched"),
            "spread" => await SpreadScenario.RunAsync(server, options),
            "mixed" => await MixedScenario.RunAsync(server, options),
            "fanout" => await FanOutScenario.RunAsync(server, options),
            "expiry" => await ExpiryScenario.RunAsync([server], options, log, "expiry"),
            "analytics" => await AnalyticsScenario.RunAsync(server, options, log),
            _ => throw new ArgumentException($"Unknown scenario '{scenario}'."),
        };
    }

    private static void Compare(List<ScenarioResult> results, TextWriter log)
    {
        var byName = results.ToDictionary(r => r.Name);
        if (byName.TryGetValue("hot", out var hot) && byName.TryGetValue("ceiling", out var ceiling))
        {
            log.WriteLine($"hot / ceiling          {hot.Rate / ceiling.Rate:P0} (goal ≥ 50%)");
        }

        if (byName.TryGetValue("pipeline", out var pipeline) && byName.TryGetValue("ceiling", out var trivial))
        {
            log.WriteLine($"pipeline / ceiling     {pipeline.Rate / trivial.Rate:P0} (a refused hold: the HTTP pipeline without the write path)");
        }

        if (byName.TryGetValue("write", out var write) && byName.TryGetValue("write-unbatched", out var writeUnbatched))
        {
            log.WriteLine($"group commit speed-up  {write.Rate / writeUnbatched.Rate:0.0}× on the write path (goal ≥ 5×)");
        }

        if (hot is not null && byName.TryGetValue("hot-unbatched", out var unbatched))
        {
            log.WriteLine($"group commit speed-up  {hot.Rate / unbatched.Rate:0.0}× end to end over HTTP");
        }

        if (hot is not null)
        {
            log.WriteLine($"hot p99                {hot.Latencies.PercentileMs(99):0.0} ms (goal < 50 ms)");
        }

        if (byName.TryGetValue("fanout", out var fanout))
        {
            log.WriteLine($"fan-out p50 / p99      {fanout.Latencies.PercentileMs(50):0.0} / {fanout.Latencies.PercentileMs(99):0.0} ms (goal p99 < 250 ms)");
        }

        if (byName.TryGetValue("expiry", out var expiry))
        {
            log.WriteLine($"expiry                 {expiry.Elapsed.TotalSeconds:0.00} s (goal < 10 s), shoppers' p99 {expiry.Latencies.PercentileMs(99):0.0} ms (goal < 100 ms)");
        }

        foreach (var kind in new[] { "hot", "expiry" })
        {
            if (byName.TryGetValue(kind, out var onSqlite) && byName.TryGetValue($"{kind}-pg1", out var one))
            {
                var two = byName.GetValueOrDefault($"{kind}-pg2");
                log.WriteLine($"{kind,-6} SQLite / PostgreSQL ×1{(two is null ? "" : " / ×2")}  {onSqlite.Rate:0}/s / {one.Rate:0}/s{(two is null ? "" : $" / {two.Rate:0}/s")}; p99 {onSqlite.Latencies.PercentileMs(99):0.0} / {one.Latencies.PercentileMs(99):0.0}{(two is null ? "" : $" / {two.Latencies.PercentileMs(99):0.0}")} ms");
            }
        }

        log.WriteLine(results.All(r => r.Ok) ? "zero oversell, invariants held in every scenario" : "FAILED: an invariant was broken");
    }
}
