using BlazorStock.Web.Api.Orders;
using BlazorStock.Web.Staff.History;

namespace BlazorStock.Web.Staff.Orders;

public sealed record OrderDetailView(OrderResponse Order, IReadOnlyDictionary<int, string> ProductNames, IReadOnlyList<TimelineEntry> Timeline);
