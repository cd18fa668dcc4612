using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Holds;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Features.Staff.Holds;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Features.Staff.Holds;

public sealed class HoldsPageTests : UiContext
{
    private const string HoldLinks = "[data-testid=holds-grid] tbody a[href^='/staff/history/hold/']";

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public async Task Choosing_a_status_lists_only_holds_in_it_and_puts_the_filter_in_the_address()
    {
        var (main, _) = await Store.WarehousesAsync();
        var desk = await Store.ProductAsync("Walnut Desk", (main, 10));
        var open = await HoldAsync("cart-open", desk, 1);
        var released = await HoldAsync("cart-released", desk, 2);
        await Store.HoldsAsync(h => h.ReleaseAsync(released, HoldOwner.Cart("cart-released"), CancellationToken.None));
        var page = Open("/staff/holds");
        page.WaitForAssertion(() => Assert.Equal([released, open], Listed(page)));

        Choose(page, "Status", "Released");

        page.WaitForAssertion(() => Assert.Equal([released], Listed(page)));
        Assert.EndsWith("/staff/holds?status=Released", Navigation.Uri);
    }

    [Fact]
    public async Task An_address_with_filters_opens_on_exactly_those_holds_and_the_filters_show_it()
    {
        var (main, east) = await Store.WarehousesAsync();
        var desk = await Store.ProductAsync("Walnut Desk", (main, 10));
        var lamp = await Store.ProductAsync("Desk Lamp", (east, 10));
        await HoldAsync("cart-a", desk, 1);
        var lampInCart = await HoldAsync("cart-b", lamp, 1);
        await Store.HoldAsync(new HoldRequest(HoldOwner.Manual("phone order 17"), lamp.Id, 1));

        var page = Open($"/staff/holds?product={lamp.Id}&owner=Cart&warehouse={east.Id}");

        page.WaitForAssertion(() => Assert.Equal([lampInCart], Listed(page)));
        Assert.Equal(["Any", $"Desk Lamp ({lamp.Sku})", "EAST", "Cart", "Any time"], page.FindAll("[data-testid=hold-filters] [role=combobox]").Select(c => c.TextContent.Trim()));
        Assert.EndsWith($"export.csv?product={lamp.Id}&warehouse={east.Id}&owner=Cart", page.Find("[data-testid=export]").GetAttribute("href"));
    }

    [Fact]
    public async Task Clicking_a_sortable_header_orders_the_holds_by_it_and_the_address_keeps_the_order()
    {
        var (main, _) = await Store.WarehousesAsync();
        var desk = await Store.ProductAsync("Walnut Desk", (main, 10));
        var first = await HoldAsync("cart-1", desk, 1);
        Store.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await HoldAsync("cart-2", desk, 1);
        Store.Clock.Advance(TimeSpan.FromMinutes(1));
        var third = await HoldAsync("cart-3", desk, 1);
        await Store.HoldsAsync(h => h.ExtendAsync(first, HoldOwner.Cart("cart-1"), null, CancellationToken.None));
        var page = Open("/staff/holds");
        page.WaitForAssertion(() => Assert.Equal([third, second, first], Listed(page)));

        await SortByAsync(page, "Expires");

        page.WaitForAssertion(() => Assert.Equal([second, third, first], Listed(page)));
        Assert.EndsWith("/staff/holds?sort=expiresAt", Navigation.Uri);

        await SortByAsync(page, "Expires");

        page.WaitForAssertion(() => Assert.Equal([first, third, second], Listed(page)));
        Assert.EndsWith("/staff/holds?sort=-expiresAt", Navigation.Uri);
    }

    [Fact]
    public async Task Pages_follow_each_other_without_overlap_and_previous_goes_back_through_the_address()
    {
        var (main, _) = await Store.WarehousesAsync();
        var desk = await Store.ProductAsync("Walnut Desk", (main, 100));
        var created = new List<Guid>();
        for (var i = 0; i < 53; i++)
        {
            created.Add(await HoldAsync($"cart-{i}", desk, 1));
            Store.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var newestFirst = Enumerable.Reverse(created).ToList();
        var page = Open("/staff/holds?status=Active");
        page.WaitForAssertion(() => Assert.Equal(newestFirst.Take(50), Listed(page)));
        Assert.Contains("50 holds on this page", page.Markup);

        await page.Find("[aria-label='Next page']").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal(newestFirst.Skip(50), Listed(page)));
        Assert.Matches("/staff/holds\\?status=Active&cursor=[^&]+$", Navigation.Uri);
        Assert.Contains("3 holds on this page", page.Markup);

        await page.Find("[aria-label='Previous page']").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal(newestFirst.Take(50), Listed(page)));
        Assert.EndsWith("/staff/holds?status=Active", Navigation.Uri);
    }

    [Fact]
    public async Task A_hold_placed_elsewhere_appears_when_its_event_arrives()
    {
        var (main, _) = await Store.WarehousesAsync();
        var desk = await Store.ProductAsync("Walnut Desk", (main, 10));
        var page = Open("/staff/holds");
        page.WaitForAssertion(() => Assert.Contains("No holds match these filters.", page.Markup));

        var placed = await HoldAsync("cart-elsewhere", desk, 1);
        Push();

        page.WaitForAssertion(() => Assert.Equal([placed], Listed(page)));
    }

    [Fact]
    public async Task Releasing_asks_for_a_reason_keeps_a_refused_one_for_editing_and_releases_with_the_good_one()
    {
        var (main, _) = await Store.WarehousesAsync();
        var desk = await Store.ProductAsync("Walnut Desk", (main, 10));
        var held = await HoldAsync("cart-a", desk, 2);
        var page = Open("/staff/holds");
        page.WaitForAssertion(() => Assert.Equal([held], Listed(page)));

        // The click's handler waits for the dialog's answer, so it completes only once the dialog closes.
        var releasing = page.Find("[aria-label=Release]").ClickAsync(new());
        Dialogs.WaitForAssertion(() => Assert.Contains("Give back 2 × Walnut Desk", Dialogs.Markup));
        await Dialogs.Find("[data-testid=confirm]").ClickAsync(new());
        Dialogs.WaitForAssertion(() => Assert.Contains("Give a reason: it goes into the audit log.", Dialogs.Markup));
        var tooLong = "Damaged in the warehouse. " + new string('x', 480);
        Dialogs.Find("textarea[data-testid=reason]").Input(tooLong);
        await Dialogs.Find("[data-testid=confirm]").ClickAsync(new());

        Dialogs.WaitForAssertion(() => Assert.Contains("A reason is at most 500 characters.", Dialogs.Markup));
        Assert.Equal(tooLong, Dialogs.Find("textarea[data-testid=reason]").GetAttribute("value"));
        Assert.Equal(HoldStatus.Active, (await Store.HoldByIdAsync(held)).Status);

        Dialogs.Find("textarea[data-testid=reason]").Input("Damaged in the warehouse");
        await Dialogs.Find("[data-testid=confirm]").ClickAsync(new());

        await releasing;
        Assert.Empty(Dialogs.FindAll("[data-testid=confirm]"));
        var hold = await Store.HoldByIdAsync(held);
        Assert.Equal((HoldStatus.Released, "Released by staff: Damaged in the warehouse"), (hold.Status, hold.CloseReason));
        Assert.Equal(10, await Store.AvailableAsync(desk.Id));
        page.WaitForAssertion(() => Assert.Equal("Released", page.Find("[data-testid=hold-status]").TextContent.Trim()));
        Snackbars.WaitForAssertion(() => Assert.Contains("Released the hold on 2 × Walnut Desk.", Snackbars.Markup));
    }

    [Fact]
    public async Task A_cancelled_reason_dialog_changes_nothing()
    {
        var (main, _) = await Store.WarehousesAsync();
        var desk = await Store.ProductAsync("Walnut Desk", (main, 10));
        var held = await HoldAsync("cart-a", desk, 1);
        var page = Open("/staff/holds");
        page.WaitForAssertion(() => Assert.Equal([held], Listed(page)));

        var extending = page.Find("[aria-label=Extend]").ClickAsync(new());
        Dialogs.WaitForAssertion(() => Assert.Contains("Extend hold", Dialogs.Markup));
        Dialogs.Find("textarea[data-testid=reason]").Input("Customer on the phone");
        await Dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").ClickAsync(new());

        await extending;
        Assert.Empty(Dialogs.FindAll("[data-testid=confirm]"));
        var hold = await Store.HoldByIdAsync(held);
        Assert.Equal((HoldStatus.Active, 0), (hold.Status, hold.ExtensionCount));
        Assert.Equal(0, await Store.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "hold.extended")));
    }

    private IRenderedComponent<HoldsPage> Open(string address)
    {
        Navigation.NavigateTo(address);
        return RenderWithProviders<HoldsPage>();
    }

    private static List<Guid> Listed(IRenderedComponent<HoldsPage> page) =>
        page.FindAll(HoldLinks).Select(a => Guid.Parse(a.GetAttribute("href")!["/staff/history/hold/".Length..])).ToList();

    private static Task SortByAsync(IRenderedComponent<HoldsPage> page, string column) =>
        page.FindAll("[data-testid=holds-grid] .sortable-column-header").Single(h => h.TextContent.Trim() == column).ClickAsync(new());

    private async Task<Guid> HoldAsync(string cart, Product product, int quantity) => (await Store.HoldAsync(cart, product.Id, quantity)).Hold.Id;
}
