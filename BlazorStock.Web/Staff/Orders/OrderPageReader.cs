using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Api.Orders;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Staff.Orders;

/// <summary>Reads for the orders pages, through the API's own order queries.</summary>
public static class OrderPageReader
{
    public static async Task<OrdersView> ListAsync(StockDbContext db, OrdersQuery query, CancellationToken cancellationToken) =>
        new(query, await OrderQueries.ListAsync(db, query.StatusFilter, query.SortOrDefault, string.IsNullOrEmpty(query.Cursor) ? null : query.Cursor, OrdersView.PageSize, cancellationToken));

    public static async Task<OrderDetailView?> DetailAsync(StockDbContext db, Guid id, CancellationToken cancellationToken)
    {
        if (await OrderReadModel.DetailAsync(db, id, cancellationToken) is not { } order)
        {
            return null;
        }

        var productIds = order.Holds.Select(h => h.ProductId).ToList();
        var names = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var timeline = await Staff.History.AuditQueries.ForOrderAsync(db, id, cancellationToken);
        return new OrderDetailView(order, names, timeline);
    }
}
