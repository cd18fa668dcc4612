using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Api.Orders;
using BlazorStock.Web.Features.Staff.History;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Features.Staff.Orders;

/// <summary>An order as the detail page shows it: the API's own read model, product names, and its timeline.</summary>
public static class OrderPageReader
{
    public static async Task<OrderDetailView?> DetailAsync(StockDbContext db, Guid id, CancellationToken cancellationToken)
    {
        if (await OrderReadModel.DetailAsync(db, id, cancellationToken) is not { } order)
        {
            return null;
        }

        var productIds = order.Holds.Select(h => h.ProductId).ToList();
        var names = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var timeline = await AuditQueries.ForOrderAsync(db, id, cancellationToken);
        return new OrderDetailView(order, names, timeline);
    }
}
