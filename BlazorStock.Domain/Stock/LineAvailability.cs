namespace BlazorStock.Domain.Stock;

/// <param name="ShortComponents">For a kit line that is short: every component there is not enough of, with numbers; else empty.</param>
public sealed record LineAvailability(int ProductId, int Requested, int Available, int Shortfall, IReadOnlyList<ComponentShortfall> ShortComponents, string Message);
