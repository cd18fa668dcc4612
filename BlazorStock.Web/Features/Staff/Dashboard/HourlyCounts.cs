namespace BlazorStock.Web.Features.Staff.Dashboard;

/// <summary>Holds created, expired and converted per hour (UTC), oldest hour first; the last is the current hour.</summary>
public sealed record HourlyCounts(IReadOnlyList<DateTimeOffset> Hours, IReadOnlyList<int> Created, IReadOnlyList<int> Expired, IReadOnlyList<int> Converted);
