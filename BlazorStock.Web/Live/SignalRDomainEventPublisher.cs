using BlazorStock.Domain;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Jobs;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Stock;
using Microsoft.AspNetCore.SignalR;

namespace BlazorStock.Web.Live;

/// <summary>Pushes committed domain events to the browsers that show what changed.</summary>
public sealed class SignalRDomainEventPublisher(IHubContext<StockHub, IStockClient> hub, StaffPushes? staff = null) : IDomainEventPublisher
{
    public async ValueTask PublishAsync(IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        // One "products changed" per committed batch, however many stock levels moved in it.
        var products = new SortedSet<int>();
        foreach (var domainEvent in events)
        {
            switch (domainEvent)
            {
                case StockLevelChanged stock:
                    var change = new StockChange(stock.ProductId, stock.WarehouseId, stock.OnHand, stock.Reserved, stock.Available);
                    await hub.Clients.Groups(StockHub.StockGroup, StockHub.ProductGroup(stock.ProductId)).StockChanged(change);
                    products.Add(stock.ProductId);
                    break;
                case HoldEvent held:
                    // Extensions and checkouts move no stock but change "may free up in about N min".
                    products.Add(held.Hold.ProductId);
                    if (held.Hold.Owner.Type == HoldOwnerType.Cart)
                    {
                        await hub.Clients.Group(StockHub.CartGroup(held.Hold.Owner.Id)).CartChanged(ToCartChange(held));
                    }

                    break;
                case OrderPlaced { CartId: { } cartId }:
                    await hub.Clients.Group(StockHub.CartGroup(cartId)).CartChanged(new CartChange("checkout", null, null, null, 0, null));
                    break;
                case JobRunChanged run:
                    await hub.Clients.Group(StockHub.JobsGroup).JobsChanged(run.Job);
                    break;
                case OrderStatusChanged { CartId: { } cartId } order:
                    await hub.Clients.Group(StockHub.CartGroup(cartId)).OrderChanged(new OrderChange(order.OrderId, order.To.ToString(), order.PaymentStatus.ToString()));
                    break;
            }
        }

        if (products.Count > 0)
        {
            await hub.Clients.Group(StockHub.StockGroup).ProductsChanged([.. products]);
        }

        if (staff is not null)
        {
            await staff.PublishAsync(events, cancellationToken);
        }
    }

    private static CartChange ToCartChange(HoldEvent held)
    {
        var hold = held.Hold;
        return new CartChange(HoldEventKind.Of(held), hold.Id, hold.ProductId, hold.ProductName, hold.Quantity, hold.ExpiresAt);
    }
}
