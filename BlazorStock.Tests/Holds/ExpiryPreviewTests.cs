using BlazorStock.Domain.Holds;
using BlazorStock.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Holds;

public sealed class ExpiryPreviewTests : IAsyncLifetime
{
    private TestStore _store = null!;

    public async Task InitializeAsync() => _store = await TestStore.CreateAsync();

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Preview_counts_what_expiry_would_do_and_changes_nothing()
    {
        var (main, _) = await _store.WarehousesAsync();
        var desk = await _store.ProductAsync("Desk", (main, 10));
        var camera = await _store.SerializedAsync("Camera", main, 3);
        await _store.HoldAsync("cart-a", desk.Id, 2);
        await _store.HoldAsync("cart-b", camera.Id, 2);
        _store.Clock.Advance(TimeSpan.FromMinutes(10));
        await _store.HoldAsync("cart-c", desk.Id, 1);
        _store.Clock.Advance(TimeSpan.FromMinutes(6));

        var preview = await _store.HoldsAsync(h => h.PreviewExpiryAsync(CancellationToken.None));

        Assert.Equal(new ExpiryResult(2, 2, 0), preview);
        Assert.Equal(3, await _store.QueryAsync(db => db.Holds.CountAsync(h => h.Status == HoldStatus.Active)));
        Assert.Equal(7, await _store.AvailableAsync(desk.Id));
        var expired = await _store.HoldsAsync(h => h.ExpireDueAsync(100, CancellationToken.None));
        Assert.Equal((preview.HoldsExpired, preview.UnitsReleased), (expired.HoldsExpired, expired.UnitsReleased));
        Assert.Equal(new ExpiryResult(0, 0, 0), await _store.HoldsAsync(h => h.PreviewExpiryAsync(CancellationToken.None)));
    }
}
