using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Waitlist;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Features.Staff.Waitlists;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Features.Staff.Waitlists;

public sealed class WaitlistsPageTests : UiContext
{
    [Fact]
    public async Task Staff_see_each_line_in_order_and_it_changes_live_when_units_are_handed_off()
    {
        var (main, _) = await Store.WarehousesAsync();
        var lamp = await Store.ProductAsync("Desk Lamp", (main, 1));
        var held = await Store.HoldAsync("cart-a", lamp.Id, 1);
        await Store.RunAsync(sp => sp.GetRequiredService<WaitlistService>().JoinAsync("cart-b", "bob", lamp.Id, 1, CancellationToken.None));
        await Store.RunAsync(sp => sp.GetRequiredService<WaitlistService>().JoinAsync("cart-c", null, lamp.Id, 1, CancellationToken.None));

        var page = RenderWithProviders<WaitlistsPage>();
        var rows = page.FindAll("[data-testid=waitlist-line] tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Contains("Account", rows[0].TextContent);
        Assert.Contains("Guest", rows[1].TextContent);

        await Store.HoldsAsync(h => h.ReleaseAsync(held.Hold.Id, HoldOwner.Cart("cart-a"), CancellationToken.None));
        Push();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=waitlist-line] tbody tr")));
        Assert.Contains("Handed off", page.Find("[data-testid=waitlist-closed]").TextContent);
    }
}
