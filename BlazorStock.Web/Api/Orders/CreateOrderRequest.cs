namespace BlazorStock.Web.Api.Orders;

/// <param name="Reserve">Hold the order's stock now (staff holds, no expiry); without enough stock nothing is created.</param>
public sealed record CreateOrderRequest(string Customer, IReadOnlyList<OrderLineInput> Lines, bool Reserve = false);
