using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Domain.Jobs;

/// <summary>
/// The cleanup's dry run: lists the holds <see cref="HoldService.ExpireDueAsync(int, CancellationToken)"/>
/// and the orders <see cref="OrderService.CancelOverdueAsync"/> would take now, changing nothing. Read inside
/// the writer, like their own previews, so it sees the state the next write would see.
/// </summary>
public sealed class CleanupPreviewService(StockWriter writer, OperationContext operation)
{
    public Task<CleanupPreview> PreviewAsync(int listLimit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(listLimit, 0);
        return writer.WriteAsync(operation, async w =>
        {
            var due = w.Db.Holds.AsNoTracking().Where(Hold.ActiveAndDueAt(w.Now));
            var holdCount = await due.CountAsync(cancellationToken);
            var holdUnits = await due.SelectMany(h => h.Allocations).CountAsync(a => a.UnitId != null, cancellationToken);
            var holds = await due.OrderBy(h => h.ExpiresAt).Take(listLimit)
                .Join(w.Db.Products, h => h.ProductId, p => p.Id, (h, p) => new DueHold(
                    h.Id, h.OwnerType, h.OwnerId, h.ProductId, p.Name, h.Quantity, h.ExpiresAt!.Value, h.Allocations.Count(a => a.UnitId != null)))
                .ToListAsync(cancellationToken);

            var overdue = await w.Db.Orders.AsNoTracking().Where(Order.OverdueAt(w.Now)).OrderBy(o => o.PaymentDueAt)
                .Select(o => new { o.Id, o.Customer, o.PaymentDueAt, o.Total })
                .ToListAsync(cancellationToken);
            var owners = overdue.Select(o => HoldOwner.Order(o.Id).Id).ToList();
            var orderHolds = await w.Db.Holds.AsNoTracking()
                .Where(h => h.OwnerType == HoldOwnerType.Order && owners.Contains(h.OwnerId) && h.Status == HoldStatus.Active)
                .Select(h => new { h.OwnerId, Units = h.Allocations.Count(a => a.UnitId != null) })
                .ToListAsync(cancellationToken);
            var byOrder = orderHolds.ToLookup(h => h.OwnerId);
            var orders = overdue.Take(listLimit).Select(o =>
            {
                var held = byOrder[HoldOwner.Order(o.Id).Id].ToList();
                return new OverdueOrder(o.Id, o.Customer, o.PaymentDueAt!.Value, o.Total, held.Count, held.Sum(h => h.Units));
            }).ToList();

            return new CleanupPreview(w.Now, holdCount, overdue.Count, holdUnits + orderHolds.Sum(h => h.Units), holds, orders);
        }, cancellationToken);
    }
}
