using BlazorStock.Domain;
using BlazorStock.Domain.Holds;
using BlazorStock.Web.Features.Cart;
using BlazorStock.Web.Features.Storefront;
using BlazorStock.Web.Shared;

namespace BlazorStock.Web.Features.Catalog;

/// <summary>Add to cart from the catalog or a product page: places or grows this cart's hold and says what happened.</summary>
public sealed class CartAdditions(HoldService holds, CartSession session, TimeProvider time)
{
    public async Task<AddOutcome> AddAsync(int productId, int quantity, CancellationToken cancellationToken)
    {
        if (session.CartId is not { } cartId)
        {
            return new AddOutcome("Your cart needs cookies: allow them for this site and reload the page.", true, 0);
        }

        try
        {
            var held = await holds.HoldAsync(new HoldRequest(HoldOwner.Cart(cartId), productId, quantity, CustomerId: session.CustomerId), cancellationToken);
            var left = Format.TimeLeft(held.Hold.ExpiresAt!.Value - time.GetUtcNow());
            return new AddOutcome(
                held.Created ? $"Added {quantity} to your cart, held for you for {left}." : $"Your cart now holds {held.Hold.Quantity}, held for you for {left}.",
                false,
                0);
        }
        catch (DomainException error)
        {
            var available = error.Code == ErrorCodes.InsufficientStock ? error.Details.GetValueOrDefault("available") as int? ?? 0 : 0;
            return new AddOutcome(ShopperMessages.For(error), true, available < quantity ? available : 0);
        }
    }
}
