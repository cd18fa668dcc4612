using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Features.Checkout;

/// <summary>A shopper's own orders: an order of another cart (or none) is simply not there.</summary>
public sealed class OrderReader(IDbContextFactory<StockDbContext> contexts)
{
    public async Task<Order?> FindAsync(Guid orderId, string? cartId, CancellationToken cancellationToken)
    {
        if (cartId is null)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Orders.AsNoTracking().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == orderId && o.CartId == cartId, cancellationToken);
    }

    /// <summary>The orders placed from this cart, newest first.</summary>
    public async Task<List<Order>> ListAsync(string? cartId, CancellationToken cancellationToken)
    {
        if (cartId is null)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Orders.AsNoTracking().Include(o => o.Lines).Where(o => o.CartId == cartId).OrderByDescending(o => o.CreatedAt).Take(100).ToListAsync(cancellationToken);
    }
}
