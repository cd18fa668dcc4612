namespace BlazorStock.Web.Live;

/// <param name="Kind">created, changed, extended, released, expired, converted, or checkout (holds became an order).</param>
public sealed record CartChange(string Kind, Guid? HoldId, int? ProductId, string? ProductName, int Quantity, DateTimeOffset? ExpiresAt);
