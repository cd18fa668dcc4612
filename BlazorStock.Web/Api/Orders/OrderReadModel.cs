using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Api.Orders;

/// <summary>An order as the API shows it: lines, allowed next states and the holds behind its stock.</summary>
public static class OrderReadModel
{
    public static async Task<OrderResponse?> DetailAsync(StockDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Orders.AsNoTracking().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == id, cancellationToken) is { } order
            ? await ToResponseAsync(db, order, cancellationToken)
            : null;

    public static async Task<OrderResponse> ToResponseAsync(StockDbContext db, Order order, CancellationToken cancellationToken)
    {
        var owner = HoldOwner.Order(order.Id);
        var holds = await db.Holds.AsNoTracking()
            .Where(h => h.OwnerType == owner.Type && h.OwnerId == owner.Id && (h.Status == HoldStatus.Active || h.Status == HoldStatus.Converted))
            .OrderBy(h => h.ProductId)
            .Select(h => new OrderHoldResponse(h.Id, h.ProductId, h.Quantity, h.Status, h.ExpiresAt))
            .ToListAsync(cancellationToken);
        return new OrderResponse(order.Id, order.Customer, order.Status, order.PaymentStatus, order.Total, order.CartId is not null,
            order.CreatedAt, order.UpdatedAt, order.PaymentDueAt, order.NextStatuses,
            order.Lines.Select(l => new OrderLineResponse(l.ProductId, l.Sku, l.ProductName, l.Quantity, l.UnitPrice, l.LineTotal)).ToList(),
            holds);
    }
}
