using BlazorStock.Domain.Holds;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Features.Cart;
using BlazorStock.Web.Features.Catalog;
using Bunit;

namespace BlazorStock.Tests.Features.Waitlist;

/// <summary>The waitlist on a sold-out product's page and the hand-off arriving in the open cart (issue 17).</summary>
public sealed class WaitlistPanelTests : UiContext
{
    [Fact]
    public async Task A_shopper_joins_a_sold_out_product_sees_their_place_and_the_hand_off_arrives_in_their_open_cart()
    {
        var (main, _) = await Store.WarehousesAsync();
        var lamp = await Store.ProductAsync("Desk Lamp", (main, 1));
        var other = await Store.HoldAsync("0123456789abcdef0123456789abcdef", lamp.Id, 1);

        var page = RenderWithProviders<ProductPage>(p => p.Add(x => x.Id, lamp.Id));
        page.WaitForAssertion(() => Assert.Contains("Nobody is waiting", page.Find("[data-testid=waitlist]").TextContent));
        page.Find("button[aria-label^='Join the waitlist']").Click();
        page.WaitForAssertion(() => Assert.Contains("number 1", page.Find("[data-testid=waitlist-place]").TextContent));

        var cart = Render<CartPage>();
        Assert.Empty(cart.FindAll(".cart-line"));
        await Store.HoldsAsync(h => h.ReleaseAsync(other.Hold.Id, HoldOwner.Cart("0123456789abcdef0123456789abcdef"), CancellationToken.None));
        Push();

        cart.WaitForAssertion(() => Assert.Contains("From the waitlist", cart.Find(".cart-line [data-testid=hand-off]").TextContent));
        Assert.Contains("cannot be extended", cart.Find("[data-testid=extend-note]").TextContent);
        // Its own cart holds the lamp now: nothing to wait for, so the page offers no line at all.
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=waitlist]")));
    }

    [Fact]
    public async Task Joining_while_stock_is_free_is_refused_with_a_readable_message()
    {
        var (main, _) = await Store.WarehousesAsync();
        var lamp = await Store.ProductAsync("Desk Lamp", (main, 1));
        var other = await Store.HoldAsync("0123456789abcdef0123456789abcdef", lamp.Id, 1);
        var page = RenderWithProviders<ProductPage>(p => p.Add(x => x.Id, lamp.Id));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("button[aria-label^='Join the waitlist']")));

        // Freed between the page's render and the click: the domain says so, the page explains.
        await Store.HoldsAsync(h => h.ReleaseAsync(other.Hold.Id, HoldOwner.Cart("0123456789abcdef0123456789abcdef"), CancellationToken.None));
        page.Find("button[aria-label^='Join the waitlist']").Click();

        page.WaitForAssertion(() => Assert.Contains("available now", page.Find("[data-testid=waitlist] [role=alert]").TextContent));
    }
}
