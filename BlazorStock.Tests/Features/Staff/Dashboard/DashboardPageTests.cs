using Microsoft.Extensions.DependencyInjection;
using BlazorStock.Web.Health;
using BlazorStock.Web.Shared;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Features.Staff.Dashboard;
using Bunit;

namespace BlazorStock.Tests.Features.Staff.Dashboard;

public sealed class DashboardPageTests : UiContext
{
    public DashboardPageTests()
    {
        Services.AddMetrics();
        Services.AddSingleton<CircuitLoad>();
    }

    [Fact]
    public async Task The_stat_cards_follow_holds_as_they_are_placed_come_due_and_run_out()
    {
        var (main, _) = await Store.WarehousesAsync();
        var desk = await Store.ProductAsync("Walnut Desk", (main, 20));
        var page = RenderWithProviders<DashboardPage>();
        page.WaitForAssertion(() => Assert.Equal("0", Stat(page, "Active holds")));

        await Store.HoldAsync("cart-a", desk.Id, 3);
        await Store.HoldAsync("cart-b", desk.Id, 2);
        Push();

        page.WaitForAssertion(() => Assert.Equal("2", Stat(page, "Active holds")));
        Assert.Contains("5 units held", Card(page, "Active holds"));
        Assert.Equal(("0", "2"), (Stat(page, "Expiring in 5 min"), Stat(page, "Created (24 h)")));

        Store.Clock.Advance(TimeSpan.FromMinutes(11));
        await Store.HoldAsync("cart-c", desk.Id, 1);
        Push();

        page.WaitForAssertion(() => Assert.Equal("2", Stat(page, "Expiring in 5 min")));

        Store.Clock.Advance(TimeSpan.FromMinutes(5));
        await Store.HoldsAsync(h => h.ExpireDueAsync(100, CancellationToken.None));
        Push();

        page.WaitForAssertion(() => Assert.Equal("2", Stat(page, "Expired (24 h)")));
        Assert.Equal(("1", "0", "3"), (Stat(page, "Active holds"), Stat(page, "Expiring in 5 min"), Stat(page, "Created (24 h)")));
        Assert.Contains($"{1.0:P0} expiry rate", Card(page, "Expired (24 h)"));
    }

    [Fact]
    public async Task Conversion_shows_the_share_of_holds_closed_in_the_last_day_that_became_paid_orders()
    {
        var (main, _) = await Store.WarehousesAsync();
        var desk = await Store.ProductAsync("Walnut Desk", (main, 20));
        var page = RenderWithProviders<DashboardPage>();
        page.WaitForAssertion(() => Assert.Equal("—", Stat(page, "Conversion (24 h)")));

        await Store.ArrangeMixedDayAsync(desk);
        Push();

        // The mixed day: of the holds closed in the last 24 h, 1 converted, 1 expired, 2 released.
        page.WaitForAssertion(() => Assert.Equal("1", Stat(page, "Converted (24 h)")));
        Assert.Equal(("1", "5", Format.Percent(0.25)), (Stat(page, "Expired (24 h)"), Stat(page, "Created (24 h)"), Stat(page, "Conversion (24 h)")));
        Assert.Contains("2 released", Card(page, "Created (24 h)"));
    }

    [Fact]
    public async Task The_low_stock_flag_and_count_follow_the_stock_as_it_is_held_and_received()
    {
        var (main, east) = await Store.WarehousesAsync();
        var desk = await Store.ProductAsync("Walnut Desk", d => d with { LowStockThreshold = 5 }, (main, 6), (east, 4));
        var lamp = await Store.ProductAsync("Desk Lamp", d => d with { LowStockThreshold = 5 }, (main, 3));
        var page = RenderWithProviders<DashboardPage>();
        page.WaitForAssertion(() => Assert.Equal("1", Stat(page, "Low-stock products")));
        Assert.Equal([lamp.Id], LowProducts(page));

        await Store.HoldAsync("cart-a", desk.Id, 6);
        Push();

        page.WaitForAssertion(() => Assert.Equal("2", Stat(page, "Low-stock products")));
        Assert.Equal([lamp.Id, desk.Id, desk.Id], LowProducts(page));
        Assert.Contains("Low: 4 left", page.Find($"tr[data-product-id='{desk.Id}'][data-warehouse=MAIN]").TextContent);

        await Store.StockAsync(s => s.AdjustAsync(lamp.Id, east.Id, 10, "Delivery 4711", CancellationToken.None));
        Push();

        page.WaitForAssertion(() => Assert.Equal([desk.Id, desk.Id], LowProducts(page)));
        Assert.Equal("1", Stat(page, "Low-stock products"));
        Assert.Equal(["10", "3"], page.FindAll($"tr[data-product-id='{lamp.Id}'] td.num:nth-child(5)").Select(c => c.TextContent.Trim()));
    }

    private static string Stat(IRenderedComponent<DashboardPage> page, string title) =>
        page.Find($"[role=group][aria-label='{title}'] [data-testid=stat-value]").TextContent.Trim();

    private static string Card(IRenderedComponent<DashboardPage> page, string title) =>
        page.Find($"[role=group][aria-label='{title}']").TextContent;

    /// <summary>The products of the stock table's rows flagged low, in table order (one row per warehouse).</summary>
    private static List<int> LowProducts(IRenderedComponent<DashboardPage> page) =>
        page.FindAll("[data-testid=stock-table] tbody tr").Where(r => r.QuerySelector("[data-testid=low-stock]") is not null)
            .Select(r => int.Parse(r.GetAttribute("data-product-id")!)).ToList();
}
