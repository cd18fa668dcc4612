using BlazorStock.Domain;
using BlazorStock.Domain.Stock;
using Microsoft.AspNetCore.SignalR;

namespace BlazorStock.Web.Live;

/// <summary>Pushes committed domain events to the browsers that show what changed.</summary>
public sealed class SignalRDomainEventPublisher(IHubContext<StockHub, IStockClient> hub, StaffPushes? staff = null) : IDomainEventPublisher
{
    public async ValueTask PublishAsync(IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        foreach (var domainEvent in events)
        {
            if (domainEvent is StockLevelChanged stock)
            {
                var change = new StockChange(stock.ProductId, stock.WarehouseId, stock.OnHand, stock.Reserved, stock.Available);
                await hub.Clients.Groups(StockHub.StockGroup, StockHub.ProductGroup(stock.ProductId)).StockChanged(change);
            }
        }

        if (staff is not null)
        {
            await staff.PublishAsync(events, cancellationToken);
        }
    }
}
