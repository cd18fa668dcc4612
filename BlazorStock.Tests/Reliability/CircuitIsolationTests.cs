using BlazorStock.Domain.Persistence;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Features.Catalog;
using BlazorStock.Web.Shell;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Reliability;

/// <summary>
/// A component that throws in one circuit (issue 19): that shopper sees the layout's error boundary with a way
/// back and can try again; another circuit, fed by the same notifier in the same dispatch, carries on.
/// </summary>
public sealed class CircuitIsolationTests : UiContext
{
    private readonly FailingReads _failing;

    public CircuitIsolationTests()
    {
        // This circuit's pages read through a fault; the other circuit reads the store directly.
        _failing = new FailingReads(() => Store.Services.GetRequiredService<IDbContextFactory<StockDbContext>>());
        Services.AddSingleton<IDbContextFactory<StockDbContext>>(_failing);
    }

    [Fact]
    public async Task A_page_failing_in_one_circuit_shows_its_shopper_a_way_back_while_another_circuit_keeps_updating_live()
    {
        var (main, _) = await Store.WarehousesAsync();
        var lamp = await Store.ProductAsync("Desk lamp", (main, 3));
        var broken = Render<StoreLayout>(p => p.Add(l => l.Body, Catalog));
        await using var other = await OpenAnotherCircuitAsync();
        var healthy = other.Render<StoreLayout>(p => p.Add(l => l.Body, Catalog));
        broken.WaitForAssertion(() => Assert.Equal("Only 3 left", Availability(broken)));
        healthy.WaitForAssertion(() => Assert.Equal("Only 3 left", Availability(healthy)));

        // Someone holds one; both circuits hear of it in one dispatch, and the first one's re-read throws.
        _failing.Failing = true;
        await Store.HoldAsync("someone", lamp.Id, 1);
        Push();

        broken.WaitForAssertion(() => Assert.NotNull(broken.Find("[data-testid=page-error]")));
        var error = broken.Find("[data-testid=page-error]");
        Assert.Contains("Something went wrong on this page", error.TextContent);
        Assert.Equal("/", error.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Back to the catalog", error.QuerySelector("a")!.TextContent);
        healthy.WaitForAssertion(() => Assert.Equal("Only 2 left", Availability(healthy)));
        Assert.Empty(healthy.FindAll("[data-testid=page-error]"));

        // The other circuit keeps working after the failure: another change still reaches it.
        await Store.HoldAsync("someone-else", lamp.Id, 1);
        Push();
        healthy.WaitForAssertion(() => Assert.Equal("Only 1 left", Availability(healthy)));

        // The first circuit is alive too: once the fault clears, Try again brings the page back, current.
        _failing.Failing = false;
        broken.Find("[data-testid=page-error] button").Click();
        broken.WaitForAssertion(() => Assert.Equal("Only 1 left", Availability(broken)));
    }

    private static RenderFragment Catalog => builder =>
    {
        builder.OpenComponent<CatalogPage>(0);
        builder.CloseComponent();
    };

    private static string Availability(IRenderedComponent<StoreLayout> page) => page.Find("[data-testid=availability]").TextContent.Trim();
}
