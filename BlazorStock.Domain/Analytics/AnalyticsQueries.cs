using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Domain.Analytics;

/// <summary>
/// Computes <see cref="HoldAnalytics"/> in the database: a handful of GROUP BYs over the holds, none of which
/// brings rows into memory, so a window of a million holds costs the same few queries (docs/benchmarks.md).
/// Instants are UTC ticks in the database, so buckets and durations are integer arithmetic in SQL.
/// </summary>
public static class AnalyticsQueries
{
    /// <summary>Time to checkout is counted in slices this long: the median is exact to within it.</summary>
    public static readonly TimeSpan CheckoutSlice = TimeSpan.FromSeconds(5);

    public static async Task<HoldAnalytics> LoadAsync(StockDbContext db, DateTimeOffset from, DateTimeOffset to, TimeSpan bucket, int? productId, CancellationToken cancellationToken)
    {
        var (start, end) = (from.UtcTicks, to.UtcTicks);
        var product = productId ?? 0;
        var all = productId is null ? 1 : 0;

        var (created, closed) = await CountPerBucketAsync(db, from, to, bucket, productId, cancellationToken);
        var slices = await db.Database.SqlQuery<SliceRow>($"""
            SELECT ("CheckedOutAt" - "CreatedAt") / {CheckoutSlice.Ticks} AS "Slice", COUNT(*) AS "Holds"
            FROM "Holds" WHERE "CheckedOutAt" > {start} AND "CheckedOutAt" <= {end} AND ({all} = 1 OR "ProductId" = {product})
            GROUP BY 1
            """).ToListAsync(cancellationToken);
        // Counted from the holds' covering indexes alone, then the five products named.
        var mostHeld = await db.Database.SqlQuery<TopRow>($"""
            SELECT t."ProductId", p."Name", t."Count" FROM (
                SELECT "ProductId", SUM("Quantity") AS "Count" FROM "Holds"
                WHERE "CreatedAt" > {start} AND "CreatedAt" <= {end} AND ({all} = 1 OR "ProductId" = {product})
                GROUP BY "ProductId" ORDER BY 2 DESC, 1 LIMIT 5) t
            JOIN "Products" p ON p."Id" = t."ProductId"
            ORDER BY t."Count" DESC, t."ProductId"
            """).ToListAsync(cancellationToken);
        var mostExpired = await db.Database.SqlQuery<TopRow>($"""
            SELECT t."ProductId", p."Name", t."Count" FROM (
                SELECT "ProductId", COUNT(*) AS "Count" FROM "Holds"
                WHERE "ClosedAt" > {start} AND "ClosedAt" <= {end} AND "Status" = {nameof(HoldStatus.Expired)} AND ({all} = 1 OR "ProductId" = {product})
                GROUP BY "ProductId" ORDER BY 2 DESC, 1 LIMIT 5) t
            JOIN "Products" p ON p."Id" = t."ProductId"
            ORDER BY t."Count" DESC, t."ProductId"
            """).ToListAsync(cancellationToken);
        var outcomes = await HoldOutcomes.CountAsync(db, from, to, productId, cancellationToken);

        return new HoldAnalytics(from, to, productId, created.Sum(c => c.Holds), (int)created.Sum(c => c.Units), (int)created.Sum(c => c.Extensions),
            outcomes, slices.Sum(s => s.Holds), Median(slices), ToCounts(mostHeld), ToCounts(mostExpired), bucket, ToBuckets(from, to, bucket, created, closed));
    }

    /// <summary>Holds created, and closed by outcome, in each bucket of the window (the dashboard's hourly chart, the analytics charts).</summary>
    public static async Task<IReadOnlyList<AnalyticsBucket>> BucketsAsync(StockDbContext db, DateTimeOffset from, DateTimeOffset to, TimeSpan bucket, int? productId, CancellationToken cancellationToken)
    {
        var (created, closed) = await CountPerBucketAsync(db, from, to, bucket, productId, cancellationToken);
        return ToBuckets(from, to, bucket, created, closed);
    }

    private static async Task<(List<CreatedRow> Created, List<ClosedRow> Closed)> CountPerBucketAsync(
        StockDbContext db, DateTimeOffset from, DateTimeOffset to, TimeSpan bucket, int? productId, CancellationToken cancellationToken)
    {
        var (start, end, width) = (from.UtcTicks, to.UtcTicks, bucket.Ticks);
        var product = productId ?? 0;
        var all = productId is null ? 1 : 0;
        var created = await db.Database.SqlQuery<CreatedRow>($"""
            SELECT ("CreatedAt" - {start} - 1) / {width} AS "Bucket", COUNT(*) AS "Holds", SUM("Quantity") AS "Units", SUM("ExtensionCount") AS "Extensions"
            FROM "Holds" WHERE "CreatedAt" > {start} AND "CreatedAt" <= {end} AND ({all} = 1 OR "ProductId" = {product})
            GROUP BY 1
            """).ToListAsync(cancellationToken);
        var closed = await db.Database.SqlQuery<ClosedRow>($"""
            SELECT ("ClosedAt" - {start} - 1) / {width} AS "Bucket", "Status", COUNT(*) AS "Holds"
            FROM "Holds" WHERE "ClosedAt" > {start} AND "ClosedAt" <= {end} AND ({all} = 1 OR "ProductId" = {product})
            GROUP BY 1, 2
            """).ToListAsync(cancellationToken);
        return (created, closed);
    }

    private static List<AnalyticsBucket> ToBuckets(DateTimeOffset from, DateTimeOffset to, TimeSpan bucket, List<CreatedRow> created, List<ClosedRow> closed)
    {
        var count = (int)Math.Ceiling((double)(to.UtcTicks - from.UtcTicks) / bucket.Ticks);
        int Closed(long slot, HoldStatus status) => closed.Where(c => c.Bucket == slot && c.Status == status.ToString()).Sum(c => c.Holds);
        return Enumerable.Range(0, count)
            .Select(i => new AnalyticsBucket(from + (bucket * i), created.Where(c => c.Bucket == i).Sum(c => c.Holds),
                new HoldOutcomes(from + (bucket * i), from + (bucket * (i + 1)), Closed(i, HoldStatus.Converted), Closed(i, HoldStatus.Expired), Closed(i, HoldStatus.Released))))
            .ToList();
    }

    /// <summary>The middle of the histogram, at the middle of its slice.</summary>
    private static TimeSpan? Median(List<SliceRow> slices)
    {
        var total = slices.Sum(s => (long)s.Holds);
        if (total == 0)
        {
            return null;
        }

        var seen = 0L;
        foreach (var slice in slices.OrderBy(s => s.Slice))
        {
            seen += slice.Holds;
            if (seen * 2 >= total)
            {
                return CheckoutSlice * slice.Slice + (CheckoutSlice / 2);
            }
        }

        return null;
    }

    private static List<ProductCount> ToCounts(List<TopRow> rows) => rows.Select(r => new ProductCount(r.ProductId, r.Name, (int)r.Count)).ToList();

    private sealed record CreatedRow(long Bucket, int Holds, long Units, long Extensions);

    private sealed record ClosedRow(long Bucket, string Status, int Holds);

    private sealed record SliceRow(long Slice, int Holds);

    private sealed record TopRow(int ProductId, string Name, long Count);
}
