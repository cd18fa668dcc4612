using BlazorStock.Domain.Holds;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Features.Cart;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BlazorStock.Tests.Features.Cart;

public sealed class CartIndicatorTests : UiContext
{
    [Fact]
    public async Task It_shows_the_count_and_the_earliest_holds_countdown_and_follows_the_cart_live()
    {
        var (main, _) = await Store.WarehousesAsync();
        var desk = await Store.ProductAsync("Walnut Desk", (main, 5));
        await Store.HoldAsync(CartId, desk.Id, 2);
        var indicator = RenderWithProviders<CartIndicator>();
        Assert.Equal("Cart, 2 items held", indicator.Find("[data-testid=cart-indicator]").GetAttribute("aria-label"));
        Assert.Equal(Store.Clock.Now.AddMinutes(15), DateTimeOffset.Parse(indicator.Find(".countdown").GetAttribute("data-expires-at")!));

        await Store.HoldAsync(CartId, desk.Id, 1);
        Push();

        indicator.WaitForAssertion(() => Assert.Equal("Cart, 3 items held", indicator.Find("[data-testid=cart-indicator]").GetAttribute("aria-label")));
    }

    [Fact]
    public async Task With_a_minute_left_it_warns_in_a_snackbar_and_for_screen_readers()
    {
        var (main, _) = await Store.WarehousesAsync();
        var desk = await Store.ProductAsync("Walnut Desk", (main, 5));
        await Store.HoldAsync(CartId, desk.Id, 1);
        Store.Clock.Advance(TimeSpan.FromMinutes(14.5));

        var indicator = RenderWithProviders<CartIndicator>();

        indicator.WaitForAssertion(() => Assert.Contains("One minute left on your hold of Walnut Desk", indicator.Find("[data-testid=cart-announcement]").TextContent));
        Assert.Contains(Services.GetRequiredService<ISnackbar>().ShownSnackbars, s => s.Message?.Contains("Walnut Desk", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task The_carts_own_clock_warns_a_minute_before_the_end_while_the_page_stays_open()
    {
        Store.Clock.FiresTimers = true;
        var (main, _) = await Store.WarehousesAsync();
        var desk = await Store.ProductAsync("Walnut Desk", (main, 5));
        await Store.HoldAsync(CartId, desk.Id, 1);
        var indicator = RenderWithProviders<CartIndicator>();

        Store.Clock.Advance(TimeSpan.FromMinutes(13.9));
        Assert.Equal("", indicator.Find("[data-testid=cart-announcement]").TextContent);

        Store.Clock.Advance(TimeSpan.FromMinutes(0.2));
        indicator.WaitForAssertion(() => Assert.Contains("One minute left on your hold of Walnut Desk", indicator.Find("[data-testid=cart-announcement]").TextContent));
    }

    [Fact]
    public async Task Once_the_page_is_gone_its_clock_releases_nothing()
    {
        Store.Clock.FiresTimers = true;
        var (main, _) = await Store.WarehousesAsync();
        var desk = await Store.ProductAsync("Walnut Desk", (main, 5));
        var held = await Store.HoldAsync(CartId, desk.Id, 1);
        RenderWithProviders<CartIndicator>();
        await DisposeComponentsAsync();

        Store.Clock.Advance(TimeSpan.FromMinutes(16));
        await Task.Delay(300);

        Assert.Equal(HoldStatus.Active, (await Store.HoldByIdAsync(held.Hold.Id)).Status);
    }

    [Fact]
    public async Task At_its_expiry_the_hold_is_released_at_once_without_waiting_for_the_cleanup_job()
    {
        var (main, _) = await Store.WarehousesAsync();
        var desk = await Store.ProductAsync("Walnut Desk", (main, 5));
        var held = await Store.HoldAsync(CartId, desk.Id, 1);
        Store.Clock.Advance(TimeSpan.FromMinutes(15));

        RenderWithProviders<CartIndicator>();

        await Until(async () => (await Store.HoldByIdAsync(held.Hold.Id)).Status == HoldStatus.Expired);
        Assert.Equal(5, await Store.AvailableAsync(desk.Id));
    }

    [Fact]
    public async Task A_thousand_components_that_subscribe_and_are_disposed_leave_no_subscription_behind()
    {
        var (main, _) = await Store.WarehousesAsync();
        var desk = await Store.ProductAsync("Walnut Desk", (main, 5));
        await Store.HoldAsync(CartId, desk.Id, 1);

        for (var i = 0; i < 1_000; i++)
        {
            Render<CartIndicator>();
        }

        Assert.Equal(1_000, Notifier.SubscriptionCount);
        await DisposeComponentsAsync();
        Assert.Equal(0, Notifier.SubscriptionCount);
    }

    private static async Task Until(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(25);
        }

        Assert.True(await condition());
    }
}
