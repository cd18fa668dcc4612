using BlazorStock.Domain;
using BlazorStock.Domain.Holds;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Features.Catalog;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Reliability;

/// <summary>What the storefront says when the disk is full (issue 19): a plain sentence, not an error page.</summary>
public sealed class StorageFullShopperTests : UiContext
{
    [Fact]
    public async Task A_shopper_adding_to_the_cart_on_a_full_disk_reads_why_and_nothing_is_held()
    {
        var (main, _) = await Store.WarehousesAsync();
        var product = await Store.ProductAsync("Desk lamp", (main, 5_000));
        Store.Reconfigure("Persistence:MaxPageCount", (await StoredState.PageCountAsync(Store.Path)).ToString());
        await FillAsync(product.Id);

        var outcome = await Services.GetRequiredService<CartAdditions>().AddAsync(product.Id, 1, CancellationToken.None);
        var shown = RenderWithProviders<AddToCart>(p => p.Add(c => c.ProductName, "Desk lamp").Add(c => c.MaxQuantity, 10).Add(c => c.Outcome, outcome));

        Assert.True(outcome.IsError);
        Assert.Equal(0, outcome.Offer);
        Assert.Equal("We cannot save anything right now because the shop's storage is full. Nothing was changed; please try again in a minute.",
            shown.Find("[role=alert]").TextContent.Trim());
        Assert.False(await Store.QueryAsync(db => db.Holds.AnyAsync(h => h.OwnerType == HoldOwnerType.Cart && h.OwnerId == CartId)));
        Assert.Empty(await StoredState.ProblemsAsync(Store.Path));
    }

    /// <summary>Other carts hold until the storage refuses: the file has no page left to give.</summary>
    private async Task FillAsync(int productId)
    {
        for (var i = 0; i < 2_000; i++)
        {
            try
            {
                await Store.HoldAsync($"filler-{i}", productId, 1);
            }
            catch (DomainException full) when (full.Code == ErrorCodes.StorageFull)
            {
                return;
            }
        }

        Assert.Fail("2,000 holds fitted in a database capped at its own size.");
    }
}
