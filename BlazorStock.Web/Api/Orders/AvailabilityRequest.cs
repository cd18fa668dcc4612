namespace BlazorStock.Web.Api.Orders;

public sealed record AvailabilityRequest(IReadOnlyList<OrderLineInput> Lines);
