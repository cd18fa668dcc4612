using BlazorStock.Domain.Stock;

namespace BlazorStock.Web.Api.Orders;

/// <param name="ShortComponents">For a kit line that is short: every component there is not enough of (needed for the line, available now).</param>
/// <param name="Held">For an existing order: how much of the line its holds already cover (0 for a plain check).</param>
public sealed record LineAvailabilityResponse(int ProductId, int Requested, int Available, int Shortfall, string Message, IReadOnlyList<ComponentShortfall> ShortComponents, int Held = 0)
{
    public static LineAvailabilityResponse From(LineAvailability line, int held = 0) =>
        new(line.ProductId, line.Requested, line.Available, line.Shortfall, line.Message, line.ShortComponents, held);
}
