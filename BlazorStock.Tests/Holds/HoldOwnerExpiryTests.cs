using BlazorStock.Domain.Holds;
using BlazorStock.Tests.Support;

namespace BlazorStock.Tests.Holds;

/// <summary><see cref="HoldService.ExpireDueAsync(HoldOwner, CancellationToken)"/>: a shopper's countdown reached zero.</summary>
public sealed class HoldOwnerExpiryTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private Domain.Catalog.Warehouse _main = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        (_main, _) = await _store.WarehousesAsync();
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Expires_only_the_owners_due_holds_and_gives_their_stock_back()
    {
        var desk = await _store.ProductAsync("Desk", (_main, 10));
        var lamp = await _store.ProductAsync("Lamp", d => d with { HoldDuration = TimeSpan.FromHours(1) }, (_main, 10));
        var mine = await _store.HoldAsync("cart-a", desk.Id, 2);
        var notDue = await _store.HoldAsync("cart-a", lamp.Id, 1);
        var theirs = await _store.HoldAsync("cart-b", desk.Id, 3);
        _store.Clock.Advance(TimeSpan.FromMinutes(15));
        _store.Events.Clear();

        var expired = await _store.HoldsAsync(h => h.ExpireDueAsync(HoldOwner.Cart("cart-a"), CancellationToken.None));

        Assert.Equal(1, expired);
        Assert.Equal(HoldStatus.Expired, (await _store.HoldByIdAsync(mine.Hold.Id)).Status);
        Assert.Equal(HoldStatus.Active, (await _store.HoldByIdAsync(notDue.Hold.Id)).Status);
        Assert.Equal(HoldStatus.Active, (await _store.HoldByIdAsync(theirs.Hold.Id)).Status);
        Assert.Equal(7, await _store.AvailableAsync(desk.Id));
        Assert.Equal(mine.Hold.Id, Assert.Single(_store.Events.Of<HoldExpired>()).Hold.Id);
    }

    [Fact]
    public async Task Nothing_due_expires_nothing()
    {
        var desk = await _store.ProductAsync("Desk", (_main, 10));
        var hold = await _store.HoldAsync("cart-a", desk.Id, 2);
        _store.Clock.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromTicks(1));

        var expired = await _store.HoldsAsync(h => h.ExpireDueAsync(HoldOwner.Cart("cart-a"), CancellationToken.None));

        Assert.Equal(0, expired);
        Assert.Equal(HoldStatus.Active, (await _store.HoldByIdAsync(hold.Hold.Id)).Status);
        Assert.Equal(8, await _store.AvailableAsync(desk.Id));
    }
}
