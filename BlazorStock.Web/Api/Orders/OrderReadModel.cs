using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Stock;
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
            order.CreatedAt, order.UpdatedAt, order.PaymentDueAt, order.PaymentReference, order.AwaitsPayment, order.NextStatuses,
            order.Lines.Select(l => new OrderLineResponse(l.ProductId, l.Sku, l.ProductName, l.Quantity, l.UnitPrice, l.LineTotal)).ToList(),
            holds);
    }

    /// <summary>Whether what the order does not hold yet could be held now; null when there is no such order.</summary>
    public static async Task<OrderAvailabilityResponse?> AvailabilityAsync(StockDbContext db, AvailabilityService availability, Guid id, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (order is null)
        {
            return null;
        }

        var owner = HoldOwner.Order(order.Id);
        var held = await db.Holds.AsNoTracking()
            .Where(h => h.OwnerType == owner.Type && h.OwnerId == owner.Id && (h.Status == HoldStatus.Active || h.Status == HoldStatus.Converted))
            .GroupBy(h => h.ProductId)
            .Select(g => new { ProductId = g.Key, Quantity = g.Sum(h => h.Quantity) })
            .ToDictionaryAsync(g => g.ProductId, g => g.Quantity, cancellationToken);
        var missing = order.Lines.Select(l => new OrderLineRequest(l.ProductId, Math.Max(0, l.Quantity - held.GetValueOrDefault(l.ProductId)))).ToList();
        var report = await availability.CheckAsync(missing, cancellationToken);
        var lines = order.Lines.Zip(report.Lines, (line, check) =>
        {
            var covered = Math.Min(line.Quantity, held.GetValueOrDefault(line.ProductId));
            var result = LineAvailabilityResponse.From(check, covered) with { Requested = line.Quantity };
            return covered >= line.Quantity ? result with { Message = $"'{line.ProductName}' is fully held by this order." } : result;
        }).ToList();
        return new OrderAvailabilityResponse(order.Id, report.Available, lines);
    }
}
