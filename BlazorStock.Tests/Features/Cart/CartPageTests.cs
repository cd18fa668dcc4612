using BlazorStock.Domain.Holds;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Carts;
using BlazorStock.Web.Features.Cart;
using Bunit;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Features.Cart;

public sealed class CartPageTests : UiContext
{
    [Fact]
    public async Task A_line_whose_hold_expires_leaves_the_open_cart_when_the_event_arrives_with_a_notice_saying_why()
    {
        var (main, _) = await Store.WarehousesAsync();
        var desk = await Store.ProductAsync("Walnut Desk", (main, 3));
        var lamp = await Store.ProductAsync("Desk Lamp", (main, 3));
        await Store.HoldAsync(CartId, desk.Id, 1);
        Store.Clock.Advance(TimeSpan.FromMinutes(2));
        await Store.HoldAsync(CartId, lamp.Id, 1);
        var cart = RenderWithProviders<CartPage>();
        Assert.Equal(2, cart.FindAll(".cart-line").Count);

        Store.Clock.Advance(TimeSpan.FromMinutes(14));
        await Store.HoldsAsync(h => h.ExpireDueAsync(HoldOwner.Cart(CartId), CancellationToken.None));
        Push();

        cart.WaitForAssertion(() => Assert.Single(cart.FindAll(".cart-line")));
        Assert.Contains("Desk Lamp", cart.Find(".cart-line").TextContent);
        var notice = cart.Find("[data-testid=ended-notice]");
        Assert.Contains("Walnut Desk", notice.TextContent);
        Assert.Contains("your hold expired", notice.TextContent);
        Assert.Contains("Hold 1 again", notice.TextContent);
    }

    [Fact]
    public async Task A_hold_released_by_staff_leaves_the_cart_with_their_reason()
    {
        var (main, _) = await Store.WarehousesAsync();
        var desk = await Store.ProductAsync("Walnut Desk", (main, 3));
        var held = await Store.HoldAsync(CartId, desk.Id, 2);
        var cart = RenderWithProviders<CartPage>();

        await Store.RunAsync(sp => sp.GetRequiredService<HoldService>().ReleaseAsStaffAsync(held.Hold.Id, "Damaged in the warehouse", CancellationToken.None), actor: "staff@blazorstock.local");
        Push();

        cart.WaitForAssertion(() => Assert.Empty(cart.FindAll(".cart-line")));
        var notice = cart.Find("[data-testid=ended-notice]").TextContent;
        Assert.Contains("the shop released it", notice);
        Assert.Contains("Damaged in the warehouse", notice);
    }

    [Fact]
    public async Task The_page_acts_only_on_its_own_cart_whatever_hold_a_tampered_event_names()
    {
        var (main, _) = await Store.WarehousesAsync();
        var desk = await Store.ProductAsync("Walnut Desk", (main, 5));
        var mine = await Store.HoldAsync(CartId, desk.Id, 1);
        var theirs = await Store.HoldAsync("0123456789abcdef0123456789abcdef", desk.Id, 2);
        var cart = RenderWithProviders<CartPage>();

        // An event on this cart's topic that carries another cart's hold: the page re-reads its own cart only.
        Notifier.Dispatch([new HoldCreated(Store.Clock.Now, theirs.Hold with { Owner = HoldOwner.Cart(CartId) })]);
        cart.WaitForAssertion(() => Assert.Single(cart.FindAll(".cart-line")));
        Assert.Equal(mine.Hold.Id.ToString(), cart.Find(".cart-line").GetAttribute("data-hold-id"));

        // Found and clicked in one turn of the renderer: the re-read above may still re-render the line.
        await cart.InvokeAsync(() => cart.Find(".cart-line").QuerySelectorAll("button").Single(b => b.TextContent.Contains("Extend")).ClickAsync(new()));

        Assert.Equal(1, (await Store.HoldByIdAsync(mine.Hold.Id)).ExtensionCount);
        Assert.Equal(0, (await Store.HoldByIdAsync(theirs.Hold.Id)).ExtensionCount);
    }

    [Fact]
    public async Task The_cart_is_resolved_once_from_the_cookie_and_a_later_cookie_changes_nothing()
    {
        var session = Services.GetRequiredService<CartSession>();
        Assert.Equal(CartId, session.CartId);

        // A later request (a new context, so nothing cached on the old one) with another cart's cookie.
        var (other, token) = Services.GetRequiredService<CartIdentity>().Create();
        Connection.HttpContext = new DefaultHttpContext();
        Connection.HttpContext.Request.Headers.Cookie = $"{CartIdentity.CookieName}={token}";
        Assert.Equal(other, Services.GetRequiredService<CartIdentity>().Find(Connection.HttpContext));

        Assert.NotEqual(other, session.CartId);
        Assert.Equal(CartId, session.CartId);
    }

    [Fact]
    public async Task A_refused_quantity_change_is_explained_on_its_line_and_changes_nothing()
    {
        var (main, _) = await Store.WarehousesAsync();
        var desk = await Store.ProductAsync("Walnut Desk", (main, 2));
        var held = await Store.HoldAsync(CartId, desk.Id, 1);
        var cart = RenderWithProviders<CartPage>();

        var line = cart.Find(".cart-line");
        line.QuerySelector("input")!.Change("5");
        await cart.Find(".cart-line").QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Update").ClickAsync(new());

        cart.WaitForAssertion(() => Assert.Contains("Only", cart.Find(".cart-line [role=alert]").TextContent));
        Assert.Equal(1, (await Store.HoldByIdAsync(held.Hold.Id)).Quantity);
    }
}
