namespace BlazorStock.Web.Features.Catalog;

/// <summary>
/// What one shopper can hold of a product now: <paramref name="Available"/> is summed over warehouses (a
/// kit's from its components); <paramref name="HeldByOthersUntil"/> is the earliest expiry of other
/// owners' holds on its stock, known only when nothing is available. <paramref name="StockIds"/> are the
/// stocked products it depends on (itself, or a kit's components), so live pushes find the badge.
/// </summary>
public sealed record ProductAvailability(int ProductId, int Available, int LowStockThreshold, DateTimeOffset? HeldByOthersUntil, IReadOnlyList<int> StockIds)
{
    public AvailabilityState State =>
        Available > 0
            ? Available <= LowStockThreshold ? AvailabilityState.LowStock : AvailabilityState.InStock
            : HeldByOthersUntil is null ? AvailabilityState.SoldOut : AvailabilityState.HeldByOthers;

    /// <summary>Whole minutes until the first other hold ends, at least 1: "may free up in about N min".</summary>
    public int MinutesUntilFree(DateTimeOffset now) =>
        HeldByOthersUntil is { } until ? Math.Max(1, (int)Math.Ceiling((until - now).TotalMinutes)) : 0;
}
