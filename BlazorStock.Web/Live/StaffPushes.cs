using BlazorStock.Domain;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Stock;
using BlazorStock.Domain.Units;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Live;

/// <summary>
/// The back office's share of committed events: every hold, order and unit change goes to the staff
/// group, and a product whose last available unit went gets a "sold out" notice (issue 4).
/// </summary>
public sealed class StaffPushes(IHubContext<StockHub, IStockClient> hub, IServiceScopeFactory scopes, ILogger<StaffPushes> logger)
{
    public async Task PublishAsync(IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        var staff = hub.Clients.Group(StockHub.StaffGroup);
        var emptied = new HashSet<int>();
        foreach (var domainEvent in events)
        {
            switch (domainEvent)
            {
                case HoldEvent held:
                    await staff.StaffHoldChanged(ToChange(held));
                    break;
                case OrderPlaced placed:
                    await staff.StaffOrderChanged(new StaffOrderChange("placed", placed.OrderId, placed.Customer, placed.Total, nameof(OrderStatus.Pending), nameof(PaymentStatus.Unpaid)));
                    break;
                case OrderStatusChanged changed:
                    await staff.StaffOrderChanged(new StaffOrderChange("status", changed.OrderId, null, null, changed.To.ToString(), changed.PaymentStatus.ToString()));
                    break;
                case UnitStatusChanged unit:
                    await staff.StaffUnitChanged(new StaffUnitChange(unit.UnitId, unit.ProductId, unit.SerialNumber, unit.From.ToString(), unit.To.ToString()));
                    break;
                // Reserving the last unit or writing it off empties a shelf; shipping from an empty one does not.
                case StockLevelChanged { Available: 0, Reason: "stock.reserved" or "stock.adjusted" } stock:
                    emptied.Add(stock.ProductId);
                    break;
            }
        }

        if (emptied.Count > 0)
        {
            await NoticeSoldOutAsync(staff, emptied, cancellationToken);
        }
    }

    public static StaffHoldChange ToChange(HoldEvent held)
    {
        var hold = held.Hold;
        return new StaffHoldChange(HoldEventKind.Of(held), hold.Id, hold.ProductId, hold.ProductName, hold.Quantity, hold.Status.ToString(), hold.Owner.Type.ToString(), hold.ExpiresAt);
    }

    /// <summary>A level at zero is only a sold-out product when every warehouse is at zero; that takes one read.</summary>
    private async Task NoticeSoldOutAsync(IStockClient staff, HashSet<int> productIds, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<StockDbContext>();
            var soldOut = await db.Products.AsNoTracking()
                .Where(p => productIds.Contains(p.Id) && p.IsActive)
                .Where(p => db.StockLevels.Where(s => s.ProductId == p.Id).Sum(s => s.OnHand - s.Reserved) == 0)
                .Select(p => p.Name)
                .ToListAsync(cancellationToken);
            foreach (var name in soldOut)
            {
                await staff.StaffNotice(new StaffNotice("warning", $"{name} sold out"));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The notice is a courtesy; the change itself is committed and the pages refresh anyway.
            logger.LogWarning(ex, "Could not check sold-out products {ProductIds}", productIds);
        }
    }
}
