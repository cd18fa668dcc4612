using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Orders;

/// <summary>A shopper's own orders: an order of another cart (or none) is simply not there.</summary>
public sealed class OrderReader(StockDbContext db)
{
    public Task<Order?> FindAsync(Guid orderId, string? cartId, CancellationToken cancellationToken) =>
        cartId is null
            ? Task.FromResult<Order?>(null)
            : db.Orders.AsNoTracking().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == orderId && o.CartId == cartId, cancellationToken);
}
