using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Holds;
using BlazorStock.Tests.Support;

namespace BlazorStock.Tests.Holds;

public sealed class HoldOutcomesTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private Product _desk = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        var (main, _) = await _store.WarehousesAsync();
        _desk = await _store.ProductAsync("Desk", (main, 20));
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Holds_closed_in_the_window_count_once_by_how_they_ended()
    {
        await _store.ArrangeMixedDayAsync(_desk);
        var now = _store.Clock.Now;

        var day = await _store.QueryAsync(db => HoldOutcomes.CountAsync(db, now.AddDays(-1), now, CancellationToken.None));

        Assert.Equal((1, 1, 2, 4), (day.Converted, day.Expired, day.Released, day.Closed));
        Assert.Equal((0.25, 0.25), (day.ConversionRate, day.ExpiryRate));
    }

    [Fact]
    public async Task A_window_where_nothing_closed_has_no_rates()
    {
        await _store.HoldAsync("cart-a", _desk.Id, 1);
        var now = _store.Clock.Now;

        var day = await _store.QueryAsync(db => HoldOutcomes.CountAsync(db, now.AddDays(-1), now, CancellationToken.None));

        Assert.Equal(0, day.Closed);
        Assert.Null(day.ConversionRate);
        Assert.Null(day.ExpiryRate);
    }
}
