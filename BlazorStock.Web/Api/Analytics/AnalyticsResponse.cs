using BlazorStock.Domain.Analytics;
using BlazorStock.Domain.Holds;

namespace BlazorStock.Web.Api.Analytics;

/// <param name="From">Start of the window (exclusive), UTC; the window ends at the next whole bucket after now.</param>
/// <param name="Outcomes">How the holds that closed in the window ended, with the conversion and expiry rates (the one definition the dashboard and the daily report use).</param>
/// <param name="CheckedOut">Holds that reached checkout in the window.</param>
/// <param name="MedianSecondsToCheckout">Half of those got there faster than this (exact to 5 s); null when none did.</param>
/// <param name="MostHeld">The five products with the most units held by holds created in the window.</param>
/// <param name="MostExpired">The five products with the most holds that expired in the window.</param>
/// <param name="BucketSeconds">Length of each bucket: an hour for 24h, a day for 7d and 30d.</param>
public sealed record AnalyticsResponse(
    string Period,
    DateTimeOffset From,
    DateTimeOffset To,
    int? ProductId,
    int Created,
    int UnitsHeld,
    int ExtensionsUsed,
    HoldOutcomes Outcomes,
    int CheckedOut,
    double? MedianSecondsToCheckout,
    IReadOnlyList<ProductCount> MostHeld,
    IReadOnlyList<ProductCount> MostExpired,
    int BucketSeconds,
    IReadOnlyList<AnalyticsBucket> Buckets)
{
    public static AnalyticsResponse Of(string period, HoldAnalytics data) =>
        new(period, data.From, data.To, data.ProductId, data.Created, data.UnitsHeld, data.ExtensionsUsed, data.Outcomes, data.CheckedOut,
            data.MedianTimeToCheckout?.TotalSeconds, data.MostHeld, data.MostExpired, (int)data.BucketLength.TotalSeconds, data.Buckets);
}
