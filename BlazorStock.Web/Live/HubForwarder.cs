using System.Threading.Channels;
using BlazorStock.Domain;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Stock;
using Microsoft.AspNetCore.SignalR;

namespace BlazorStock.Web.Live;

/// <summary>
/// Forwards committed events to API clients connected to <see cref="StockHub"/> (circuits get theirs from
/// <see cref="LiveNotifier"/> directly). Sends are awaited on this loop, never on the notifier's.
/// </summary>
public sealed class HubForwarder(LiveNotifier notifier, IHubContext<StockHub, IStockClient> hub, ILogger<HubForwarder> logger) : BackgroundService
{
    private readonly Channel<IReadOnlyList<DomainEvent>> _queue =
        Channel.CreateUnbounded<IReadOnlyList<DomainEvent>>(new UnboundedChannelOptions { SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = notifier.Subscribe([LiveTopics.All], events => _queue.Writer.TryWrite(events));
        try
        {
            await foreach (var events in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await ForwardAsync(events);
                }
                catch (Exception ex)
                {
                    logger.LogWarning(ex, "Forwarding {Count} events to hub clients failed", events.Count);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public async Task ForwardAsync(IReadOnlyList<DomainEvent> events)
    {
        // One "products changed" per dispatch, however many stock levels moved in it.
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
                    // Extensions and checkouts move no stock but change when a product may free up.
                    products.Add(held.Hold.ProductId);
                    if (held.Hold.Owner.Type == HoldOwnerType.Cart)
                    {
                        await hub.Clients.Group(StockHub.CartGroup(held.Hold.Owner.Id)).CartChanged(ToCartChange(held));
                    }

                    break;
                case OrderPlaced { CartId: { } cartId }:
                    await hub.Clients.Group(StockHub.CartGroup(cartId)).CartChanged(new CartChange("checkout", null, null, null, 0, null));
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
    }

    private static CartChange ToCartChange(HoldEvent held)
    {
        var hold = held.Hold;
        var kind = held switch
        {
            HoldCreated => "created",
            HoldHandedOff => "handedOff",
            HoldExtended => "extended",
            HoldReleased => "released",
            HoldExpired => "expired",
            HoldConverted => "converted",
            _ => "changed",
        };
        return new CartChange(kind, hold.Id, hold.ProductId, hold.ProductName, hold.Quantity, hold.ExpiresAt);
    }
}
