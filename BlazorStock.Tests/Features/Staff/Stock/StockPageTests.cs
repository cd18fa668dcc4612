using BlazorStock.Domain.Units;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Features.Staff.Stock;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Features.Staff.Stock;

public sealed class StockPageTests : UiContext
{
    [Fact]
    public async Task Receiving_stock_shows_the_domain_rules_keeps_what_was_typed_and_applies_the_change_with_its_reason()
    {
        var (main, _) = await Store.WarehousesAsync();
        var desk = await Store.ProductAsync("Walnut Desk", (main, 5));
        var page = RenderWithProviders<StockPage>();
        page.WaitForAssertion(() => Assert.Equal("5", OnHand(page, desk.Id)));

        var adjusting = page.Find($"tr[data-product-id='{desk.Id}'] [data-testid=adjust]").ClickAsync(new());
        Dialogs.WaitForAssertion(() => Assert.Contains("Walnut Desk in MAIN", Dialogs.Markup));
        await Dialogs.Find("[data-testid=apply]").ClickAsync(new());

        Dialogs.WaitForAssertion(() => Assert.Contains("An adjustment must change the count", Dialogs.Markup));
        Assert.Contains("A reason is required for every stock adjustment", Dialogs.Markup);

        Dialogs.Find("input[data-testid=delta]").Input("7");
        await Dialogs.Find("[data-testid=apply]").ClickAsync(new());

        Dialogs.WaitForAssertion(() => Assert.DoesNotContain("An adjustment must change the count", Dialogs.Markup));
        Assert.Contains("A reason is required for every stock adjustment", Dialogs.Markup);
        Assert.Equal("7", Dialogs.Find("input[data-testid=delta]").GetAttribute("value"));
        Assert.Equal(5, (await Store.LevelAsync(desk.Id, main.Id)).OnHand);

        Dialogs.Find("input[data-testid=adjust-reason]").Input("Delivery 4711");
        await Dialogs.Find("[data-testid=apply]").ClickAsync(new());
        await adjusting;

        Assert.Equal(12, (await Store.LevelAsync(desk.Id, main.Id)).OnHand);
        var audit = await Store.QueryAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "stock.adjusted" && a.Reason == "Delivery 4711"));
        Assert.Equal("page", audit.Actor);
        page.WaitForAssertion(() => Assert.Equal("12", OnHand(page, desk.Id)));
        Snackbars.WaitForAssertion(() => Assert.Contains("Walnut Desk in MAIN: 12 on hand, 12 available.", Snackbars.Markup));
    }

    [Fact]
    public async Task A_write_off_below_what_is_reserved_is_refused_by_the_domain_and_changes_nothing()
    {
        var (main, _) = await Store.WarehousesAsync();
        var desk = await Store.ProductAsync("Walnut Desk", (main, 5));
        await Store.HoldAsync("cart-a", desk.Id, 2);
        var page = RenderWithProviders<StockPage>();
        page.WaitForAssertion(() => Assert.Equal("5", OnHand(page, desk.Id)));

        var adjusting = page.Find($"tr[data-product-id='{desk.Id}'] [data-testid=adjust]").ClickAsync(new());
        Dialogs.WaitForAssertion(() => Assert.Contains("never below what is reserved (2 now)", Dialogs.Markup));
        Dialogs.Find("input[data-testid=delta]").Input("-4");
        Dialogs.Find("input[data-testid=adjust-reason]").Input("Stock count");
        await Dialogs.Find("[data-testid=apply]").ClickAsync(new());
        await adjusting;

        Snackbars.WaitForAssertion(() => Assert.Contains("On hand would fall to 1, below the 2 reserved; release holds first.", Snackbars.Markup));
        var level = await Store.LevelAsync(desk.Id, main.Id);
        Assert.Equal((5, 2), (level.OnHand, level.Reserved));
        Assert.Equal(0, await Store.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "stock.adjusted" && a.Reason == "Stock count")));
    }

    [Fact]
    public async Task Receiving_units_needs_a_serial_number_and_creates_one_available_unit_per_line_in_the_chosen_warehouse()
    {
        var (main, east) = await Store.WarehousesAsync();
        var camera = await Store.SerializedAsync("Camera X100", main, 1);
        var page = RenderWithProviders<StockPage>();
        page.WaitForAssertion(() => Assert.Contains("Receive units", page.Markup));

        var receiving = page.FindAll("button").First(b => b.TextContent.Trim() == "Receive units").ClickAsync(new());
        Dialogs.WaitForAssertion(() => Assert.Contains("Receive units of Camera X100", Dialogs.Markup));
        await ReceiveButton().ClickAsync(new());

        Dialogs.WaitForAssertion(() => Assert.Contains("Give at least one serial number.", Dialogs.Markup));

        Choose(Dialogs, "Warehouse", "EAST");
        Dialogs.Find("textarea[data-testid=serials]").Change("CAM-EAST-1\n  CAM-EAST-2 \n\n");
        await ReceiveButton().ClickAsync(new());
        await receiving;

        var received = await Store.QueryAsync(db => db.SerializedUnits.AsNoTracking().Where(u => u.ProductId == camera.Id && u.WarehouseId == east.Id)
            .OrderBy(u => u.SerialNumber).Select(u => new { u.SerialNumber, u.Status }).ToListAsync());
        Assert.Equal([("CAM-EAST-1", UnitStatus.Available), ("CAM-EAST-2", UnitStatus.Available)], received.Select(u => (u.SerialNumber, u.Status)));
        Snackbars.WaitForAssertion(() => Assert.Contains("Received 2 unit(s) of Camera X100.", Snackbars.Markup));
    }

    private static string OnHand(IRenderedComponent<StockPage> page, int productId) =>
        page.Find($"tr[data-product-id='{productId}'] [data-testid=on-hand]").TextContent.Trim();

    private AngleSharp.Dom.IElement ReceiveButton() => Dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Receive");
}
