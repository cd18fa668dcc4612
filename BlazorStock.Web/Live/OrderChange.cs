namespace BlazorStock.Web.Live;

public sealed record OrderChange(Guid OrderId, string Status, string PaymentStatus);
