using BlazorStock.Web.Carts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace BlazorStock.Tests.Carts;

/// <summary>Cart tokens: only a token this app sealed opens a cart, also once valid tokens are remembered.</summary>
public sealed class CartIdentityTests : IDisposable
{
    private readonly CartIdentity _carts = new(new EphemeralDataProtectionProvider());

    public void Dispose() => _carts.Dispose();

    [Fact]
    public void A_token_opens_its_cart_every_time()
    {
        var (cartId, token) = _carts.Create();

        Assert.Equal(cartId, _carts.Find(Request(token)));
        Assert.Equal(cartId, _carts.Find(Request(token)));
    }

    [Fact]
    public void A_tampered_or_foreign_token_opens_nothing_even_after_the_real_one_was_remembered()
    {
        var (cartId, token) = _carts.Create();
        Assert.Equal(cartId, _carts.Find(Request(token)));
        var tampered = token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1];
        using var other = new CartIdentity(new EphemeralDataProtectionProvider());

        Assert.Null(_carts.Find(Request(tampered)));
        Assert.Null(_carts.Find(Request(other.Create().Token)));
        Assert.Null(_carts.Find(Request(cartId)));
    }

    private static DefaultHttpContext Request(string token)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers[CartIdentity.Header] = token;
        return context;
    }
}
