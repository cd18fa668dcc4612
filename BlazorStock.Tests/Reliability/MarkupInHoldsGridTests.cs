using BlazorStock.Domain.Holds;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Features.Staff.Holds;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Reliability;

/// <summary>The back office's holds grid loads its rows after the first render, so it is rendered here (issue 19).</summary>
public sealed class MarkupInHoldsGridTests : UiContext
{
    private const string ProductName = "Lamp <script>alert('name')</script><img src=x onerror=alert(1)>";
    private const string Reason = "<img src=z onerror=alert(4)> broken";

    [Fact]
    public async Task A_product_name_and_a_release_reason_with_markup_show_as_text_in_the_holds_grid()
    {
        var (main, _) = await Store.WarehousesAsync();
        var product = await Store.ProductAsync(ProductName, (main, 5));
        var held = await Store.HoldAsync("shopper-1", product.Id, 1);
        await Store.HoldsAsync(h => h.ReleaseAsStaffAsync(held.Hold.Id, Reason, CancellationToken.None));
        await Store.HoldAsync("shopper-2", product.Id, 2);
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("/staff/holds?status=");

        var grid = RenderWithProviders<HoldsPage>();

        grid.WaitForAssertion(() => Assert.Equal(2, grid.FindAll("tbody tr").Count(r => r.TextContent.Contains(ProductName, StringComparison.Ordinal))), TimeSpan.FromSeconds(10));
        // In the DOM, not its serialisation: an attribute value may hold "<script>" as harmless text (an aria-label).
        Assert.Empty(grid.FindAll("script"));
        Assert.Empty(grid.FindAll("img[onerror]"));
    }
}
