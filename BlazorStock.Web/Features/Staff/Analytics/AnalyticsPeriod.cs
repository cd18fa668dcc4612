namespace BlazorStock.Web.Features.Staff.Analytics;

/// <summary>The windows the analytics page (and <c>GET /api/analytics</c>) offers, each with the slice its charts use.</summary>
public sealed record AnalyticsPeriod(string Key, string Label, TimeSpan Length, TimeSpan Bucket, string BucketName)
{
    public static IReadOnlyList<AnalyticsPeriod> All { get; } =
    [
        new("24h", "Last 24 hours", TimeSpan.FromHours(24), TimeSpan.FromHours(1), "hour"),
        new("7d", "Last 7 days", TimeSpan.FromDays(7), TimeSpan.FromDays(1), "day"),
        new("30d", "Last 30 days", TimeSpan.FromDays(30), TimeSpan.FromDays(1), "day"),
    ];

    /// <summary>The period with this key, or null.</summary>
    public static AnalyticsPeriod? Find(string? key) => All.FirstOrDefault(p => p.Key == key);

    public static AnalyticsPeriod Of(string? key) => Find(key) ?? All[0];

    /// <summary>
    /// The window as of <paramref name="now"/>: it ends at the next whole bucket, so each bar is a whole hour or day
    /// and the last one is the current.
    /// </summary>
    public (DateTimeOffset From, DateTimeOffset To) WindowAt(DateTimeOffset now)
    {
        var to = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % Bucket.Ticks), TimeSpan.Zero) + Bucket;
        return (to - Length, to);
    }
}
