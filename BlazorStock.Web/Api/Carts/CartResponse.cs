namespace BlazorStock.Web.Api.Carts;

/// <param name="Total">Price of the lines still held (expired lines do not count).</param>
public sealed record CartResponse(IReadOnlyList<HoldResponse> Holds, decimal Total);
