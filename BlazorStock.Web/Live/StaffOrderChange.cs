namespace BlazorStock.Web.Live;

/// <param name="Kind">"placed" for a new order, "status" for a state change.</param>
public sealed record StaffOrderChange(string Kind, Guid OrderId, string? Customer, decimal? Total, string Status, string PaymentStatus);
