using BlazorStock.Domain.Holds;

namespace BlazorStock.Domain.Analytics;

/// <summary>One slice of a window (an hour of a day, a day of a month): holds created in it, and how the holds that closed in it ended.</summary>
public sealed record AnalyticsBucket(DateTimeOffset Start, int Created, HoldOutcomes Outcomes);
