using BlazorStock.Web.Carts;

namespace BlazorStock.Web.Features.Cart;

/// <summary>
/// The cart a page acts for, resolved once per scope from the sealed cart cookie: per request while
/// prerendering, and once when a circuit opens (from the circuit's own connection), so a circuit only ever
/// acts on the cart it started with, whatever ids an event or a tampered parameter carries.
/// </summary>
public sealed class CartSession(CartIdentity identity, IHttpContextAccessor accessor)
{
    private bool _resolved;
    private string? _cartId;

    public string? CartId
    {
        get
        {
            if (!_resolved && accessor.HttpContext is { } context)
            {
                Resolve(context);
            }

            return _cartId;
        }
    }

    public void Resolve(HttpContext context)
    {
        if (_resolved)
        {
            return;
        }

        _cartId = identity.Find(context);
        _resolved = true;
    }
}
