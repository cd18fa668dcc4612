using BlazorStock.Domain.Catalog;
using BlazorStock.Tests.Support;

namespace BlazorStock.Tests.Storefront;

/// <summary>What every storefront test starts from: a fresh app on a frozen clock, with one warehouse.</summary>
public abstract class StorefrontTest : IAsyncLifetime
{
    protected BlazorStockFactory Factory { get; } = new() { Clock = new TestClock() };

    protected Warehouse Main { get; private set; } = null!;

    protected IServiceProvider Services => Factory.Services;

    public async Task InitializeAsync() => Main = await Services.WarehouseAsync();

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
