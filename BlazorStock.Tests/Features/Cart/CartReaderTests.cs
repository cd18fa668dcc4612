using BlazorStock.Tests.Support;
using BlazorStock.Web.Features.Cart;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Features.Cart;

/// <summary>The cart page and the app bar's cart share one read per live dispatch; a read after a write is always fresh.</summary>
public sealed class CartReaderTests : UiContext
{
    private CartReader Reader => Services.GetRequiredService<CartReader>();

    [Fact]
    public async Task Refreshes_for_the_same_dispatch_share_one_read_and_the_next_dispatch_reads_again()
    {
        var (main, _) = await Store.WarehousesAsync();
        var desk = await Store.ProductAsync("Walnut Desk", (main, 5));
        var lamp = await Store.ProductAsync("Desk Lamp", (main, 5));
        await Store.HoldAsync(CartId, desk.Id, 1);
        Push();

        var page = await Reader.LoadForDispatchAsync(CartId);
        Assert.Same(page, await Reader.LoadForDispatchAsync(CartId));
        Assert.Single(page.Lines);

        // A page's own read after its write does not wait for the dispatch.
        await Store.HoldAsync(CartId, lamp.Id, 3);
        Assert.Equal(2, (await Reader.LoadAsync(CartId, CancellationToken.None)).Lines.Count);
        Assert.Same(page, await Reader.LoadForDispatchAsync(CartId));

        Push();
        var refreshed = await Reader.LoadForDispatchAsync(CartId);
        Assert.NotSame(page, refreshed);
        Assert.Equal(2, refreshed.Lines.Count);
    }
}
