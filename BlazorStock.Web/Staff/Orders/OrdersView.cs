using BlazorStock.Web.Api.Orders;
using BlazorStock.Web.Api.Paging;

namespace BlazorStock.Web.Staff.Orders;

/// <param name="Page">Null when the cursor was not valid for this sort.</param>
public sealed record OrdersView(OrdersQuery Query, Page<OrderSummary>? Page)
{
    public const int PageSize = 50;
}
