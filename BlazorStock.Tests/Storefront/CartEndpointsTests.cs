using System.Net;
using BlazorStock.Domain.Holds;
using BlazorStock.Tests.Support;

namespace BlazorStock.Tests.Storefront;

public sealed class CartEndpointsTests : StorefrontTest
{
    [Fact]
    public async Task Adding_with_htmx_holds_the_stock_and_answers_with_the_panel_and_the_header_indicator()
    {
        var desk = await Services.ProductAsync(Main, "Walnut Desk", 5);
        using var shopper = Shopper.For(Factory);

        var response = await shopper.HtmxAsync("/cart/items", new { productId = desk.Id, quantity = 2 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Added 2 to your cart, held for you for 15:00.", html);
        Assert.Contains("id=\"cart-indicator\"", html);
        Assert.Contains("hx-swap-oob=\"true\"", html);
        Assert.Contains("aria-label=\"Cart, 2 items\"", html);
        Assert.Equal("cart:changed", response.Headers.GetValues("HX-Trigger").Single());
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("bs_cart=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(3, await Services.AvailableAsync(desk.Id));

        var cart = await shopper.PageAsync("/cart");
        Assert.Contains("Walnut Desk", cart);
        Assert.Contains("data-expires-at=\"2026-11-01T12:15:00.000Z\"", cart);
    }

    [Fact]
    public async Task Asking_for_more_than_is_left_says_only_n_left_and_offers_to_hold_what_is_available()
    {
        var desk = await Services.ProductAsync(Main, "Walnut Desk", 2);
        using var shopper = Shopper.For(Factory);

        var refused = await shopper.HtmxAsync("/cart/items", new { productId = desk.Id, quantity = 3 });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Only 2 left.", html);
        Assert.Contains("Hold the 2 available", html);
        Assert.Contains("name=\"quantity\" value=\"2\"", html);
        Assert.Equal(2, await Services.AvailableAsync(desk.Id));

        var accepted = await shopper.HtmxAsync("/cart/items", new { productId = desk.Id, quantity = 2 });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(0, await Services.AvailableAsync(desk.Id));
    }

    [Fact]
    public async Task Without_javascript_adding_redirects_to_the_cart_and_a_refusal_goes_back_with_its_code()
    {
        var desk = await Services.ProductAsync(Main, "Walnut Desk", 2);
        using var shopper = Shopper.For(Factory);

        var added = await shopper.PlainPostAsync("/cart/items", new { productId = desk.Id, quantity = 1, returnUrl = $"/products/{desk.Id}" });
        var refused = await shopper.PlainPostAsync("/cart/items", new { productId = desk.Id, quantity = 5, returnUrl = $"/products/{desk.Id}" });
        var offsite = await shopper.PlainPostAsync("/cart/items", new { productId = desk.Id, quantity = 5, returnUrl = "//evil.example/" });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("/cart", added.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var back = refused.Headers.Location!.OriginalString;
        Assert.Equal($"/products/{desk.Id}?problem=insufficient_stock&product={desk.Id}&requested=5#add-{desk.Id}", back);
        Assert.StartsWith("/?problem=", offsite.Headers.Location!.OriginalString);

        var page = await shopper.PageAsync(back.Split('#')[0]);
        Assert.Contains("Only 1 left.", page);
        Assert.Contains("Hold the 1 available", page);
        Assert.Contains("Walnut Desk", await shopper.PageAsync("/cart"));
    }

    [Fact]
    public async Task Another_carts_hold_is_not_found_and_stays_untouched()
    {
        var desk = await Services.ProductAsync(Main, "Walnut Desk", 5);
        using var owner = Shopper.For(Factory);
        using var stranger = Shopper.For(Factory);
        await owner.AddAsync(desk.Id, 2);
        var hold = (await Services.HoldsAsync(desk.Id)).Single();

        foreach (var (path, form) in new (string, object?)[]
                 {
                     ($"/cart/holds/{hold.Id}/extend", null),
                     ($"/cart/holds/{hold.Id}/quantity", new { quantity = 1 }),
                     ($"/cart/holds/{hold.Id}/remove", null),
                 })
        {
            var response = await stranger.HtmxAsync(path, form);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("That item is not in your cart.", await response.Content.ReadAsStringAsync());
        }

        var after = (await Services.HoldsAsync(desk.Id)).Single();
        Assert.Equal((HoldStatus.Active, 2, 0), (after.Status, after.Quantity, after.ExtensionCount));
        Assert.Equal(3, await Services.AvailableAsync(desk.Id));
        Assert.DoesNotContain("Walnut Desk", await stranger.PageAsync("/cart"));
    }

    [Fact]
    public async Task Extend_moves_the_expiry_until_no_extensions_are_left_then_says_why()
    {
        await using var factory = new BlazorStockFactory { Clock = new TestClock() };
        factory.Settings["Holds:MaxExtensions"] = "1";
        var desk = await factory.Services.ProductAsync(await factory.Services.WarehouseAsync(), "Walnut Desk", 5);
        using var shopper = Shopper.For(factory);
        await shopper.AddAsync(desk.Id);
        var hold = (await factory.Services.HoldsAsync(desk.Id)).Single();

        var extended = await shopper.HtmxAsync($"/cart/holds/{hold.Id}/extend", target: "cart");
        var refused = await shopper.HtmxAsync($"/cart/holds/{hold.Id}/extend", target: "cart");

        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        Assert.Contains("data-expires-at=\"2026-11-01T12:25:00.000Z\"", await extended.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("already extended 1 times", await refused.Content.ReadAsStringAsync());
        var cart = await shopper.PageAsync("/cart");
        Assert.Contains("Cannot extend: This hold was already extended 1 times, the most allowed.", cart);
        Assert.Matches("<button type=\"submit\" class=\"btn btn-sm btn-outline-primary\" disabled", cart);
    }

    [Fact]
    public async Task Quantity_grows_and_shrinks_the_hold_and_remove_releases_it()
    {
        var desk = await Services.ProductAsync(Main, "Walnut Desk", 5);
        using var shopper = Shopper.For(Factory);
        await shopper.AddAsync(desk.Id);
        var hold = (await Services.HoldsAsync(desk.Id)).Single();

        Assert.Equal(HttpStatusCode.OK, (await shopper.HtmxAsync($"/cart/holds/{hold.Id}/quantity", new { quantity = 4 })).StatusCode);
        Assert.Equal(1, await Services.AvailableAsync(desk.Id));
        var tooMany = await shopper.HtmxAsync($"/cart/holds/{hold.Id}/quantity", new { quantity = 6 });
        Assert.Equal(HttpStatusCode.Conflict, tooMany.StatusCode);
        Assert.Contains("Only 1 left.", await tooMany.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await shopper.HtmxAsync($"/cart/holds/{hold.Id}/quantity", new { quantity = 2 })).StatusCode);
        Assert.Equal(3, await Services.AvailableAsync(desk.Id));

        var removed = await shopper.HtmxAsync($"/cart/holds/{hold.Id}/remove");

        Assert.Contains("Your cart is empty", await removed.Content.ReadAsStringAsync());
        Assert.Equal(5, await Services.AvailableAsync(desk.Id));
        Assert.Equal(HoldStatus.Released, (await Services.HoldsAsync(desk.Id)).Single().Status);
    }

    [Fact]
    public async Task Without_javascript_cart_actions_post_and_redirect_back_to_the_cart()
    {
        var desk = await Services.ProductAsync(Main, "Walnut Desk", 5);
        using var shopper = Shopper.For(Factory);
        await shopper.AddAsync(desk.Id);
        var hold = (await Services.HoldsAsync(desk.Id)).Single();

        var changed = await shopper.PlainPostAsync($"/cart/holds/{hold.Id}/quantity", new { quantity = 3 });
        var tooMany = await shopper.PlainPostAsync($"/cart/holds/{hold.Id}/quantity", new { quantity = 9 });
        var removed = await shopper.PlainPostAsync($"/cart/holds/{hold.Id}/remove");

        Assert.Equal("/cart", changed.Headers.Location!.OriginalString);
        Assert.Equal("/cart?problem=insufficient_stock", tooMany.Headers.Location!.OriginalString);
        Assert.Contains("Not enough left to hold that many.", await shopper.PageAsync("/cart?problem=insufficient_stock"));
        Assert.Equal("/cart", removed.Headers.Location!.OriginalString);
        Assert.Equal(5, await Services.AvailableAsync(desk.Id));
    }

    [Fact]
    public async Task A_countdown_reaching_zero_expires_this_carts_due_holds_only_and_the_cart_says_so()
    {
        var desk = await Services.ProductAsync(Main, "Walnut Desk", 5);
        using var mine = Shopper.For(Factory);
        using var theirs = Shopper.For(Factory);
        await mine.AddAsync(desk.Id, 2);
        await theirs.AddAsync(desk.Id, 1);
        Factory.Clock!.Advance(TimeSpan.FromMinutes(15));

        var response = await mine.HtmxAsync("/cart/expire", target: "cart");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Left your cart", html);
        Assert.Contains("<strong>Walnut Desk</strong> × 2 — your hold expired", html);
        Assert.Contains("Hold 2 again", html);
        Assert.Contains("Your cart is empty", html);
        var holds = await Services.HoldsAsync(desk.Id);
        Assert.Equal(HoldStatus.Expired, holds.Single(h => h.Quantity == 2).Status);
        Assert.Equal(HoldStatus.Active, holds.Single(h => h.Quantity == 1).Status);
        Assert.Equal(4, await Services.AvailableAsync(desk.Id));
    }

    [Fact]
    public async Task Posts_without_the_antiforgery_token_are_refused()
    {
        var desk = await Services.ProductAsync(Main, "Walnut Desk", 5);
        using var shopper = Shopper.For(Factory);
        await shopper.AddAsync(desk.Id);
        var hold = (await Services.HoldsAsync(desk.Id)).Single();

        var extend = await shopper.PostAsync($"/cart/holds/{hold.Id}/extend", null, htmx: true, target: null, withToken: false);
        var add = await shopper.PostAsync("/cart/items", new { productId = desk.Id }, htmx: false, target: null, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, extend.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, add.StatusCode);
        Assert.Equal(0, (await Services.HoldsAsync(desk.Id)).Single().ExtensionCount);
        Assert.Equal(4, await Services.AvailableAsync(desk.Id));
    }
}
