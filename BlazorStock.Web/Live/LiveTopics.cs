using BlazorStock.Domain;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Jobs;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Stock;
using BlazorStock.Domain.Units;
using BlazorStock.Domain.Waitlist;

namespace BlazorStock.Web.Live;

/// <summary>What a component can watch, and which of those each committed event concerns.</summary>
public static class LiveTopics
{
    /// <summary>Every event: the back office shows everyone's holds, orders, stock and units.</summary>
    public const string All = "all";

    public const string Jobs = "jobs";

    /// <summary>Every hold's changes, whoever owns it.</summary>
    public const string Holds = "holds";

    /// <summary>Every order placed or moved.</summary>
    public const string Orders = "orders";

    /// <summary>Every serialized unit's moves.</summary>
    public const string Units = "units";

    /// <summary>Which products are on sale and what they are called: a catalog page lists new ones at once.</summary>
    public const string Catalog = "catalog";

    /// <summary>Every product's waitlist (the back office's view of the lines).</summary>
    public const string Waitlists = "waitlists";

    /// <summary>A cart's own holds and orders.</summary>
    public static string Cart(string cartId) => $"cart:{cartId}";

    /// <summary>A stocked product's levels, a product's holds, units and details.</summary>
    public static string Product(int productId) => $"product:{productId}";

    public static string Order(Guid orderId) => $"order:{orderId:N}";

    public static IEnumerable<string> For(DomainEvent domainEvent)
    {
        yield return All;
        switch (domainEvent)
        {
            case HoldEvent held:
                yield return Holds;
                yield return Product(held.Hold.ProductId);
                if (held.Hold.Owner.Type == HoldOwnerType.Cart)
                {
                    yield return Cart(held.Hold.Owner.Id);
                }
                else if (held.Hold.Owner.Type == HoldOwnerType.Order && Guid.TryParse(held.Hold.Owner.Id, out var orderId))
                {
                    yield return Order(orderId);
                }

                break;
            case StockLevelChanged stock:
                yield return Product(stock.ProductId);
                break;
            case UnitStatusChanged unit:
                yield return Units;
                yield return Product(unit.ProductId);
                break;
            case ProductChanged product:
                yield return Product(product.ProductId);
                yield return Catalog;
                break;
            case OrderPlaced placed:
                yield return Orders;
                yield return Order(placed.OrderId);
                if (placed.CartId is { } placedBy)
                {
                    yield return Cart(placedBy);
                }

                break;
            case OrderStatusChanged changed:
                yield return Orders;
                yield return Order(changed.OrderId);
                if (changed.CartId is { } cartId)
                {
                    yield return Cart(cartId);
                }

                break;
            case WaitlistChanged waitlist:
                yield return Waitlists;
                yield return Product(waitlist.ProductId);
                break;
            case JobRunChanged or JobScheduleChanged:
                yield return Jobs;
                break;
        }
    }
}
