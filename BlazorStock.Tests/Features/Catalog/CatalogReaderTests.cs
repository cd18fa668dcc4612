using BlazorStock.Tests.Support;
using BlazorStock.Web.Features.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Features.Catalog;

/// <summary>Product pages share one read between live dispatches, and never show what a dispatch already changed.</summary>
public sealed class CatalogReaderTests : UiContext
{
    private CatalogReader Reader => Services.GetRequiredService<CatalogReader>();

    [Fact]
    public async Task Viewers_asking_between_two_dispatches_share_one_read_and_the_next_dispatch_brings_a_fresh_one()
    {
        var (main, _) = await Store.WarehousesAsync();
        var desk = await Store.ProductAsync("Walnut Desk", (main, 5));

        var first = await Reader.DetailsAsync(desk.Id, "cart-a", CancellationToken.None);
        var second = await Reader.DetailsAsync(desk.Id, "cart-b", CancellationToken.None);
        Assert.Same(first, second);
        Assert.Equal(5, first!.Availability.Available);

        // A hold commits without its dispatch yet: pages not yet told may still be shown the shared read.
        await Store.HoldAsync("cart-c", desk.Id, 2);
        Assert.Same(first, await Reader.DetailsAsync(desk.Id, "cart-a", CancellationToken.None));

        // Once the dispatch is counted, every page told of it reads again, and they share that read too.
        Push();
        var afterHold = await Reader.DetailsAsync(desk.Id, "cart-a", CancellationToken.None);
        Assert.NotSame(first, afterHold);
        Assert.Equal(3, afterHold!.Availability.Available);
        Assert.Same(afterHold, await Reader.DetailsAsync(desk.Id, "cart-b", CancellationToken.None));
    }

    [Fact]
    public async Task When_nothing_is_left_each_viewer_sees_when_other_shoppers_holds_end_without_their_own()
    {
        var (main, _) = await Store.WarehousesAsync();
        var desk = await Store.ProductAsync("Walnut Desk", (main, 2));
        var mine = await Store.HoldAsync("cart-a", desk.Id, 1);
        Store.Clock.Advance(TimeSpan.FromMinutes(5));
        var theirs = await Store.HoldAsync("cart-b", desk.Id, 1);
        Push();

        var forA = await Reader.DetailsAsync(desk.Id, "cart-a", CancellationToken.None);
        var forB = await Reader.DetailsAsync(desk.Id, "cart-b", CancellationToken.None);

        Assert.Equal(AvailabilityState.HeldByOthers, forA!.Availability.State);
        Assert.Equal(theirs.Hold.ExpiresAt, forA.Availability.HeldByOthersUntil);
        Assert.Equal(mine.Hold.ExpiresAt, forB!.Availability.HeldByOthersUntil);
    }

    [Fact]
    public async Task Reads_of_products_not_on_sale_are_not_kept()
    {
        var (main, _) = await Store.WarehousesAsync();
        var desk = await Store.ProductAsync("Walnut Desk", (main, 5));
        var reads = Services.GetRequiredService<ProductDetailsReads>();

        foreach (var madeUp in Enumerable.Range(900_000, 50))
        {
            Assert.Null(await Reader.DetailsAsync(madeUp, "cart-a", CancellationToken.None));
        }

        Assert.NotNull(await Reader.DetailsAsync(desk.Id, "cart-a", CancellationToken.None));
        Assert.Equal(1, reads.Kept);
    }
}
