using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Features.Checkout;

/// <summary>
/// A shopper's own orders: those of their cart, and for a signed-in shopper those of their account from any cart
/// or device; an order of anyone else is simply not there.
/// </summary>
public sealed class OrderReader(IDbContextFactory<StockDbContext> contexts)
{
    public async Task<Order?> FindAsync(Guid orderId, string? cartId, string? customerId, CancellationToken cancellationToken)
    {
        if (cartId is null)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Orders.AsNoTracking().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == orderId && (o.CartId == cartId || (customerId != null && o.CustomerId == customerId)), cancellationToken);
    }

    /// <summary>The orders placed from this cart or by this customer, newest first.</summary>
    public async Task<List<Order>> ListAsync(string? cartId, string? customerId, CancellationToken cancellationToken)
    {
        if (cartId is null)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Orders.AsNoTracking().Include(o => o.Lines).Where(o => o.CartId == cartId || (customerId != null && o.CustomerId == customerId)).OrderByDescending(o => o.CreatedAt).Take(100).ToListAsync(cancellationToken);
    }
}
