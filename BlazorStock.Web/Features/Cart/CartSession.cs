using BlazorStock.Web.Carts;
using BlazorStock.Web.Shoppers;

namespace BlazorStock.Web.Features.Cart;

/// <summary>
/// The cart a page acts for, resolved once per scope: per request while prerendering, and once when a circuit
/// opens (from the circuit's own connection), so a circuit only ever acts on the cart it started with, whatever
/// ids an event or a tampered parameter carries. A signed-in shopper acts for their account's cart (the same on
/// every device) and as their customer id; anyone else for the sealed cart cookie's cart.
/// </summary>
public sealed class CartSession(CartIdentity identity, IHttpContextAccessor accessor)
{
    private bool _resolved;
    private string? _cartId;
    private string? _customerId;
    private string? _email;

    public string? CartId
    {
        get
        {
            EnsureResolved();
            return _cartId;
        }
    }

    /// <summary>The signed-in shopper's customer id, or null for an anonymous cart.</summary>
    public string? CustomerId
    {
        get
        {
            EnsureResolved();
            return _customerId;
        }
    }

    public string? Email
    {
        get
        {
            EnsureResolved();
            return _email;
        }
    }

    public bool SignedIn => CustomerId is not null;

    public void Resolve(HttpContext context)
    {
        if (_resolved)
        {
            return;
        }

        _customerId = ShopperAccounts.CustomerId(context.User);
        _cartId = _customerId is { } customer ? ShopperAccounts.CartIdFor(customer) : identity.Find(context);
        _email = _customerId is null ? null : context.User.Identity?.Name;
        _resolved = true;
    }

    private void EnsureResolved()
    {
        if (!_resolved && accessor.HttpContext is { } context)
        {
            Resolve(context);
        }
    }
}
