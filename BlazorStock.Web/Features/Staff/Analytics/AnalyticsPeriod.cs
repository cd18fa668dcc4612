namespace BlazorStock.Web.Features.Staff.Analytics;

/// <summary>The windows the analytics page offers, each with the slice its charts use.</summary>
public sealed record AnalyticsPeriod(string Key, string Label, TimeSpan Length, TimeSpan Bucket, string BucketName)
{
    public static IReadOnlyList<AnalyticsPeriod> All { get; } =
    [
        new("24h", "Last 24 hours", TimeSpan.FromHours(24), TimeSpan.FromHours(1), "hour"),
        new("7d", "Last 7 days", TimeSpan.FromDays(7), TimeSpan.FromDays(1), "day"),
        new("30d", "Last 30 days", TimeSpan.FromDays(30), TimeSpan.FromDays(1), "day"),
    ];

    public static AnalyticsPeriod Of(string? key) => All.FirstOrDefault(p => p.Key == key) ?? All[0];
}
