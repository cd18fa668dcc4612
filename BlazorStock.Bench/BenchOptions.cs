namespace BlazorStock.Bench;

/// <summary>Sizes of one benchmark run; <see cref="Smoke"/> is the tiny run the test suite keeps working.</summary>
public sealed record BenchOptions
{
    public int Shoppers { get; init; } = 256;

    public int HotUnits { get; init; } = 10_000;

    public int SpreadProducts { get; init; } = 1_000;

    public int SpreadRequests { get; init; } = 20_000;

    public TimeSpan MixedDuration { get; init; } = TimeSpan.FromSeconds(15);

    public int CeilingRequests { get; init; } = 60_000;

    public int FanOutClients { get; init; } = 500;

    public int FanOutChanges { get; init; } = 40;

    public int Expirations { get; init; } = 100_000;

    /// <summary>Closed holds the <c>analytics</c> scenario reads over (<c>--analytics-holds N</c>).</summary>
    public int AnalyticsHolds { get; init; } = 1_000_000;

    /// <summary>Holds per expiry transaction, as the ExpireHolds job's <c>Jobs:ExpireHolds:BatchSize</c>.</summary>
    public int ExpiryBatchSize { get; init; } = 500;

    /// <summary>Open circuits (browser tabs) in the circuit scenarios (<c>--circuits N</c>).</summary>
    public int Circuits { get; init; } = 1_000;

    /// <summary>Real Chromium tabs beside the headless ones in <c>circuits-push</c> (<c>--browsers N</c>), to check the client against a browser.</summary>
    public int Browsers { get; init; } = 3;

    /// <summary>The window over which <c>circuits-click</c>'s shoppers click, each at random moments.</summary>
    public TimeSpan ClickWindow { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Rounds of opening and closing every tab in <c>circuits-churn</c>.</summary>
    public int ChurnRounds { get; init; } = 5;

    /// <summary>How long <c>circuits-idle</c> watches the server's CPU while the tabs sit open.</summary>
    public TimeSpan IdleWindow { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Configuration for the circuit scenarios' server process (<c>--set Key=Value</c>, repeatable), for A/B runs.</summary>
    public IReadOnlyDictionary<string, string> ServerSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// A PostgreSQL server for the <c>-pg1</c>/<c>-pg2</c> scenarios (<c>--postgres "Host=…;Username=…;Database=postgres"</c>):
    /// each such scenario creates a database of its own there and drops it afterwards.
    /// </summary>
    public string? PostgresAdmin { get; init; }

    /// <summary>How long at most to warm the JIT up before the timed runs (<see cref="Warmup"/>); zero skips it.</summary>
    public TimeSpan WarmupLimit { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>Whether the run warms up at all: smoke runs and the warm-up's own rounds do not.</summary>
    public bool WarmsUp => WarmupLimit > TimeSpan.Zero;

    public string[] Scenarios { get; init; } = ["ceiling", "pipeline", "hot", "hot-unbatched", "write", "write-unbatched", "spread", "mixed", "fanout", "expiry", "analytics"];

    public static BenchOptions Smoke { get; } = new()
    {
        Shoppers = 8,
        HotUnits = 60,
        SpreadProducts = 10,
        SpreadRequests = 80,
        MixedDuration = TimeSpan.FromSeconds(2),
        CeilingRequests = 200,
        FanOutClients = 5,
        FanOutChanges = 5,
        Expirations = 300,
        AnalyticsHolds = 2_000,
        Circuits = 3,
        Browsers = 0,
        IdleWindow = TimeSpan.FromSeconds(1),
        ClickWindow = TimeSpan.FromSeconds(1),
        ChurnRounds = 2,
        WarmupLimit = TimeSpan.Zero,
        Scenarios = ["ceiling", "pipeline", "hot", "hot-unbatched", "write", "write-unbatched", "spread", "mixed", "fanout", "expiry", "analytics",
            "circuits-idle", "circuits-push", "circuits-click", "circuits-churn"],
    };

    public static BenchOptions Parse(string[] args)
    {
        var options = args.Contains("--smoke") ? Smoke : new BenchOptions();
        for (var i = 0; i < args.Length - 1; i++)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--shoppers" => options with { Shoppers = int.Parse(value) },
                "--hot-units" => options with { HotUnits = int.Parse(value) },
                "--ceiling-requests" => options with { CeilingRequests = int.Parse(value) },
                "--spread-products" => options with { SpreadProducts = int.Parse(value) },
                "--spread-requests" => options with { SpreadRequests = int.Parse(value) },
                "--mixed-seconds" => options with { MixedDuration = TimeSpan.FromSeconds(int.Parse(value)) },
                "--fanout-clients" => options with { FanOutClients = int.Parse(value) },
                "--expirations" => options with { Expirations = int.Parse(value) },
                "--analytics-holds" => options with { AnalyticsHolds = int.Parse(value) },
                "--expiry-batch" => options with { ExpiryBatchSize = int.Parse(value) },
                "--warmup-seconds" => options with { WarmupLimit = TimeSpan.FromSeconds(int.Parse(value)) },
                "--circuits" => options with { Circuits = int.Parse(value) },
                "--churn-rounds" => options with { ChurnRounds = int.Parse(value) },
                "--browsers" => options with { Browsers = int.Parse(value) },
                "--idle-seconds" => options with { IdleWindow = TimeSpan.FromSeconds(int.Parse(value)) },
                "--postgres" => options with { PostgresAdmin = value },
                "--set" => options with { ServerSettings = new Dictionary<string, string>(options.ServerSettings) { [value.Split('=', 2)[0]] = value.Split('=', 2)[1] } },
                "--scenarios" => options with { Scenarios = value.Split(',', StringSplitOptions.RemoveEmptyEntries) },
                _ => options,
            };
        }

        return options;
    }
}
