using BlazorStock.Web.Api.Orders;
using BlazorStock.Web.Features.Staff.History;

namespace BlazorStock.Web.Features.Staff.Orders;

public sealed record OrderDetailView(OrderResponse Order, IReadOnlyDictionary<int, string> ProductNames, IReadOnlyList<TimelineEntry> Timeline);
