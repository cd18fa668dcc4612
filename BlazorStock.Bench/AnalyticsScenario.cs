using System.Diagnostics;
using BlazorStock.Domain.Analytics;
using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Features.Staff.Analytics;
using BlazorStock.Web.Features.Staff.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Bench;

/// <summary>
/// The analytics page and the dashboard over a month of closed holds (1,000,000 by default): each period
/// (24 h, 7 d, 30 d) for the whole shop and for one product, and the dashboard's load, timed as a staff
/// page reads them (its own context, nothing cached between reads).
/// </summary>
public static class AnalyticsScenario
{
    private const int Products = 50;

    private const int Reads = 5;

    public static async Task<ScenarioResult> RunAsync(BenchServer server, BenchOptions options, TextWriter log)
    {
        var warehouse = await Catalog.WarehouseAsync(server, "ANA");
        var products = new List<int>();
        for (var i = 0; i < Products; i++)
        {
            products.Add((await Catalog.ProductAsync(server, warehouse, $"ANA-{i}", 10)).Id);
        }

        if (products[^1] - products[0] != Products - 1)
        {
            throw new InvalidOperationException("The analytics scenario expects its products' ids to be consecutive.");
        }

        var now = server.Clock.GetUtcNow();
        var setup = Stopwatch.StartNew();
        var (month, _) = AnalyticsPeriod.Of("30d").WindowAt(now);
        await SeedAsync(server, options.AnalyticsHolds, products[0], now, now - month);
        log.WriteLine($"  (analytics setup: {options.AnalyticsHolds:N0} closed holds over 30 days in {setup.Elapsed.TotalSeconds:0.0} s)");

        var latencies = new Latencies();
        var reading = Stopwatch.StartNew();
        var figures = new List<string>();
        var created30d = 0;
        foreach (var period in AnalyticsPeriod.All)
        {
            var (from, to) = period.WindowAt(now);
            foreach (var product in new int?[] { null, products[7] })
            {
                var (analytics, elapsed) = await TimeAsync(server, db => AnalyticsQueries.LoadAsync(db, from, to, period.Bucket, product, CancellationToken.None), latencies);
                figures.Add($"{period.Key}{(product is null ? "" : " one product")} {elapsed.TotalMilliseconds:0} ms ({analytics.Created:N0} holds)");
                if (period.Key == "30d" && product is null)
                {
                    created30d = analytics.Created;
                }
            }
        }

        var (_, dashboard) = await TimeAsync(server, db => DashboardQueries.LoadAsync(db, now, CancellationToken.None), latencies);
        figures.Add($"dashboard {dashboard.TotalMilliseconds:0} ms");

        reading.Stop();

        // Every seeded hold was created within the 30-day window, so the whole-shop month must count them all.
        var ok = created30d == options.AnalyticsHolds;
        return new ScenarioResult("analytics", latencies.Count / reading.Elapsed.TotalSeconds, latencies, reading.Elapsed, ok,
            $"median of {Reads} reads each over {options.AnalyticsHolds:N0} holds: {string.Join("; ", figures)}{(ok ? "" : $"; COUNTED {created30d:N0} IN 30 DAYS")}");
    }

    /// <summary>Reads <see cref="Reads"/> times (after one untimed read) and gives the median.</summary>
    private static async Task<(T Result, TimeSpan Median)> TimeAsync<T>(BenchServer server, Func<StockDbContext, Task<T>> read, Latencies latencies)
    {
        var result = await server.QueryAsync(read);
        var times = new List<TimeSpan>();
        for (var i = 0; i < Reads; i++)
        {
            var clock = Stopwatch.StartNew();
            result = await server.QueryAsync(read);
            times.Add(clock.Elapsed);
            latencies.Add(clock.Elapsed);
        }

        return (result, times.Order().ElementAt(Reads / 2));
    }

    /// <summary>
    /// Closed holds, newest first, spread evenly over the <paramref name="span"/> before <paramref name="now"/> (the 30-day window): 60% expired, 25%
    /// checked out (30 s to 10 min after they were placed), 15% released; one in three extended once. Written with SQL,
    /// since placing a million holds through the API would take minutes.
    /// </summary>
    private static async Task SeedAsync(BenchServer server, int holds, int firstProduct, DateTimeOffset now, TimeSpan span)
    {
        // In statements of 100,000: one statement for a million held the database for 20 s, past the write
        // path's stall limit.
        for (var offset = 0; offset < holds; offset += 100_000)
        {
            var sql = SeedSql(offset, Math.Min(holds, offset + 100_000), holds, firstProduct, now, span);
            await server.QueryAsync(db => db.Database.ExecuteSqlRawAsync(sql));
        }
    }

    private static string SeedSql(int offset, int until, int holds, int firstProduct, DateTimeOffset now, TimeSpan span)
    {
        var month = span.Ticks;
        var minute = TimeSpan.TicksPerMinute;
        var second = TimeSpan.TicksPerSecond;
        return $"""
            WITH RECURSIVE n(i) AS (SELECT {offset} UNION ALL SELECT i + 1 FROM n WHERE i + 1 < {until}),
            r AS (SELECT i, hex(randomblob(16)) AS h, {now.UtcTicks} - 1 - (i * ({month} / {holds})) AS created,
                         CASE WHEN i % 20 < 12 THEN 'Expired' WHEN i % 20 < 17 THEN 'Converted' ELSE 'Released' END AS status FROM n)
            INSERT INTO "Holds" ("Id", "OwnerType", "OwnerId", "ProductId", "Quantity", "Status", "CreatedAt", "UpdatedAt", "ExpiresAt",
                                 "ClosedAt", "CheckedOutAt", "ExtensionCount", "Version")
            SELECT substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-' || substr(h, 13, 4) || '-' || substr(h, 17, 4) || '-' || substr(h, 21, 12),
                   'Cart', 'analytics-' || i, {firstProduct} + (i % {Products}), 1 + (i % 3), status, created,
                   created + 15 * {minute}, created + 15 * {minute},
                   CASE status WHEN 'Expired' THEN created + 15 * {minute} WHEN 'Converted' THEN created + (30 + i % 570) * {second} ELSE created + 5 * {minute} END,
                   CASE status WHEN 'Converted' THEN created + (30 + i % 570) * {second} END,
                   CASE WHEN i % 3 = 0 THEN 1 ELSE 0 END, 1
            FROM r
            """;
    }
}
