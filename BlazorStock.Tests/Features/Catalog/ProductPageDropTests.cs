using System.Security.Claims;
using BlazorStock.Domain.Catalog;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Features.Catalog;
using BlazorStock.Web.Shoppers;
using Bunit;

namespace BlazorStock.Tests.Features.Catalog;

/// <summary>Fair drops on the product page (issue 17): a countdown until the opening, then Add to cart enables on its own.</summary>
public sealed class ProductPageDropTests : UiContext
{
    [Fact]
    public async Task Before_the_drop_opens_the_page_counts_down_with_add_disabled_and_enables_itself_at_the_opening()
    {
        Store.Clock.FiresTimers = true;
        var (main, _) = await Store.WarehousesAsync();
        var drop = await Store.ProductAsync("Sneaker", d => d with { DropStartsAt = Store.Clock.Now + TimeSpan.FromMinutes(5) }, (main, 10));

        var page = RenderWithProviders<ProductPage>(p => p.Add(x => x.Id, drop.Id));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=drop-countdown] [role=timer]")));
        Assert.True(AddButton(page).HasAttribute("disabled"));

        Store.Clock.Advance(TimeSpan.FromMinutes(5));

        page.WaitForAssertion(() => Assert.False(AddButton(page).HasAttribute("disabled")));
        Assert.Empty(page.FindAll("[data-testid=drop-countdown]"));
    }

    [Fact]
    public async Task A_product_that_requires_sign_in_asks_an_anonymous_shopper_to_sign_in()
    {
        var drop = await RequiresSignInAsync();

        var page = RenderWithProviders<ProductPage>(p => p.Add(x => x.Id, drop.Id));

        page.WaitForAssertion(() => Assert.Contains("sign in", page.Find("[data-testid=sign-in-required]").TextContent));
        Assert.True(AddButton(page).HasAttribute("disabled"));
    }

    [Fact]
    public async Task A_signed_in_shopper_can_add_a_product_that_requires_sign_in()
    {
        var drop = await RequiresSignInAsync();
        Connection.HttpContext!.User = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "ann"), new Claim(ClaimTypes.Name, "ann@example.com"), new Claim(ClaimTypes.Role, ShopperRoles.Shopper)], "Test"));

        var page = RenderWithProviders<ProductPage>(p => p.Add(x => x.Id, drop.Id));
        page.WaitForAssertion(() => Assert.False(AddButton(page).HasAttribute("disabled")));
        AddButton(page).Click();

        page.WaitForAssertion(() => Assert.Contains("Added 1", page.Markup));
        Assert.Empty(page.FindAll("[data-testid=sign-in-required]"));
    }

    private async Task<Product> RequiresSignInAsync()
    {
        var (main, _) = await Store.WarehousesAsync();
        return await Store.ProductAsync("Sneaker", d => d with { PerCustomerLimit = 1, RequiresSignIn = true }, (main, 10));
    }

    private static AngleSharp.Dom.IElement AddButton<T>(IRenderedComponent<T> page)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        page.Find("button[aria-label^='Add Sneaker']");
}
