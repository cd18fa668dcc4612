using BlazorStock.Domain.Holds;

namespace BlazorStock.Domain.Analytics;

/// <summary>
/// What holds did over a window, for one product or all: how many were created, how they ended (the one
/// definition of conversion and expiry, <see cref="HoldOutcomes"/>), how many extensions shoppers used,
/// how long a hold took to reach checkout, which products were held and let expire most, and all of it per
/// bucket for charts.
/// </summary>
/// <param name="MedianTimeToCheckout">Half the holds that reached checkout in the window got there faster; null when none did.</param>
public sealed record HoldAnalytics(
    DateTimeOffset From,
    DateTimeOffset To,
    int? ProductId,
    int Created,
    int UnitsHeld,
    int ExtensionsUsed,
    HoldOutcomes Outcomes,
    int CheckedOut,
    TimeSpan? MedianTimeToCheckout,
    IReadOnlyList<ProductCount> MostHeld,
    IReadOnlyList<ProductCount> MostExpired,
    TimeSpan BucketLength,
    IReadOnlyList<AnalyticsBucket> Buckets);
