namespace BlazorStock.Domain.Analytics;

/// <summary>One slice of a window (an hour of a day, a day of a month): holds created, and holds that closed in it by outcome.</summary>
public sealed record AnalyticsBucket(DateTimeOffset Start, int Created, int Converted, int Expired, int Released);
