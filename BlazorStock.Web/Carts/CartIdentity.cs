using System.Diagnostics.CodeAnalysis;
using BlazorStock.Domain.Holds;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Memory;

namespace BlazorStock.Web.Carts;

/// <summary>
/// An anonymous shopper's cart: a random id, sealed with Data Protection into an HttpOnly cookie for
/// browsers and into the X-Cart-Token header for API clients. A token that does not unprotect is no
/// cart at all, so nobody can act on a cart by guessing its id.
/// </summary>
public sealed class CartIdentity(IDataProtectionProvider protection) : IDisposable
{
    public const string CookieName = "bs_cart";
    public const string Header = "X-Cart-Token";
    private readonly IDataProtector _protector = protection.CreateProtector("BlazorStock.Cart.v1");

    // Unprotecting (key derivation, HMAC, AES) was the largest single cost of a hold request under load
    // (docs/benchmarks.md), and a shopper sends the same token with every request. Only tokens that
    // unprotected are remembered, for a short while, so a revoked key stops working within minutes.
    private readonly MemoryCache _opened = new(new MemoryCacheOptions { SizeLimit = 50_000 });
    private static readonly MemoryCacheEntryOptions Remembered = new() { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(5) };

    /// <summary>The request's cart (header first, then cookie), or null when it has none or a forged one.</summary>
    public string? Find(HttpContext context)
    {
        // The rate limiter, the idempotency filter and the endpoint all ask; the answer is kept per request.
        if (context.Items.TryGetValue(CookieName, out var known) && known is string cartId)
        {
            return cartId;
        }

        var token = context.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(token))
        {
            token = context.Request.Cookies[CookieName];
        }

        if (!TryOpen(token, out var opened))
        {
            return null;
        }

        context.Items[CookieName] = opened;
        return opened;
    }

    /// <summary>The request's cart, creating one (and its cookie) when there is none.</summary>
    public string GetOrCreate(HttpContext context)
    {
        if (Find(context) is { } existing)
        {
            return existing;
        }

        var (cartId, token) = Create();
        context.Response.Cookies.Append(CookieName, token, new CookieOptions
        {
            // Secure outside Development comes from the app's cookie rules (Requests/CookieRules).
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(30),
        });
        context.Items[CookieName] = cartId;
        return cartId;
    }

    public (string CartId, string Token) Create()
    {
        var cartId = Guid.NewGuid().ToString("N");
        return (cartId, _protector.Protect(cartId));
    }

    /// <summary>A token for an existing cart (a shopper account's own cart, handed to its API clients).</summary>
    public string TokenFor(string cartId) => _protector.Protect(cartId);

    public static HoldOwner Owner(string cartId) => HoldOwner.Cart(cartId);

    public void Dispose() => _opened.Dispose();

    private bool TryOpen(string? token, [NotNullWhen(true)] out string? cartId)
    {
        cartId = null;
        if (string.IsNullOrEmpty(token) || token.Length > 512)
        {
            return false;
        }

        if (_opened.TryGetValue(token, out string? known))
        {
            cartId = known!;
            return true;
        }

        try
        {
            cartId = _protector.Unprotect(token);
            if (cartId.Length != 32)
            {
                return false;
            }

            _opened.Set(token, cartId, Remembered);
            return true;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }
}
