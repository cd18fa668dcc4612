using BlazorStock.Domain;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Stock;
using BlazorStock.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Holds;

public sealed class KitHoldTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private Warehouse _main = null!;
    private Product _desk = null!;
    private Product _chair = null!;
    private Product _lamp = null!;
    private Product _bundle = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        (_main, _) = await _store.WarehousesAsync();
        _desk = await _store.ProductAsync("Walnut Desk", (_main, 3));
        _chair = await _store.ProductAsync("Ergonomic Chair", (_main, 10));
        _lamp = await _store.ProductAsync("Desk Lamp", (_main, 10));
        _bundle = await _store.KitAsync("Home Office Bundle", (_desk, 1), (_chair, 1), (_lamp, 2));
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Holding_a_kit_holds_every_component()
    {
        await _store.HoldAsync("cart-a", _bundle.Id, 2);

        Assert.Equal(1, await _store.AvailableAsync(_desk.Id));
        Assert.Equal(8, await _store.AvailableAsync(_chair.Id));
        Assert.Equal(6, await _store.AvailableAsync(_lamp.Id));
    }

    [Fact]
    public async Task A_kits_availability_is_the_scarcest_component_over_its_quantity()
    {
        var report = await Check(new OrderLineRequest(_bundle.Id, 6));

        var line = Assert.Single(report.Lines);
        Assert.Equal(3, line.Available);
        Assert.Equal(3, line.Shortfall);
    }

    [Fact]
    public async Task An_availability_check_names_every_short_component_with_numbers()
    {
        var report = await Check(new OrderLineRequest(_bundle.Id, 6));

        var line = Assert.Single(report.Lines);
        Assert.Equal(new ComponentShortfall[] { new(_desk.Id, "Walnut Desk", 6, 3), new(_lamp.Id, "Desk Lamp", 12, 10) }, line.ShortComponents);
        Assert.Equal("Only 3 'Home Office Bundle' left; you asked for 6. Short of 'Walnut Desk' (needs 6, 3 available), 'Desk Lamp' (needs 12, 10 available).", line.Message);
    }

    [Fact]
    public async Task A_line_with_enough_of_every_component_names_none()
    {
        var report = await Check(new OrderLineRequest(_bundle.Id, 3), new OrderLineRequest(_chair.Id, 1));

        Assert.True(report.Available);
        Assert.All(report.Lines, l => Assert.Empty(l.ShortComponents));
    }

    [Fact]
    public async Task Refusing_to_hold_a_kit_names_every_short_component_with_numbers()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => _store.HoldAsync("cart-a", _bundle.Id, 6));

        Assert.Equal(ErrorCodes.InsufficientStock, error.Code);
        Assert.Equal(new ComponentShortfall[] { new(_desk.Id, "Walnut Desk", 6, 3), new(_lamp.Id, "Desk Lamp", 12, 10) }, (IReadOnlyList<ComponentShortfall>)error.Details["shortComponents"]!);
        Assert.Equal("Only 3 'Home Office Bundle' left; you asked for 6. Short of 'Walnut Desk' (needs 6, 3 available), 'Desk Lamp' (needs 12, 10 available).", error.Message);
    }

    [Fact]
    public async Task Reserving_a_staff_order_names_every_short_component_of_its_kit()
    {
        await _store.HoldAsync("cart-a", _chair.Id, 9);

        var error = await Assert.ThrowsAsync<DomainException>(() => _store.OrdersAsync(o => o.CreateAsync("Acme", [new(_bundle.Id, 3)], reserve: true, CancellationToken.None)));

        Assert.Equal(ErrorCodes.InsufficientStock, error.Code);
        Assert.Equal(new ComponentShortfall[] { new(_chair.Id, "Ergonomic Chair", 3, 1) }, (IReadOnlyList<ComponentShortfall>)error.Details["shortComponents"]!);
    }

    [Fact]
    public async Task A_kit_is_all_or_nothing()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => _store.HoldAsync("cart-a", _bundle.Id, 4));

        Assert.Equal(ErrorCodes.InsufficientStock, error.Code);
        Assert.Contains("Walnut Desk", error.Message);
        Assert.Equal(10, await _store.AvailableAsync(_chair.Id));
        Assert.Equal(10, await _store.AvailableAsync(_lamp.Id));
    }

    [Fact]
    public async Task Two_cart_lines_sharing_a_component_cannot_together_over_hold_it()
    {
        await _store.HoldAsync("cart-a", _bundle.Id, 2);
        await _store.HoldAsync("cart-a", _desk.Id, 1);

        var error = await Assert.ThrowsAsync<DomainException>(() => _store.HoldAsync("cart-a", _bundle.Id, 1));

        Assert.Equal(ErrorCodes.InsufficientStock, error.Code);
        Assert.Equal(0, await _store.AvailableAsync(_desk.Id));
    }

    [Fact]
    public async Task Availability_checks_lines_against_one_working_copy_of_stock()
    {
        var report = await Check(new OrderLineRequest(_bundle.Id, 2), new OrderLineRequest(_desk.Id, 2));

        Assert.False(report.Available);
        Assert.Equal(0, report.Lines[0].Shortfall);
        Assert.Equal((1, 1), (report.Lines[1].Available, report.Lines[1].Shortfall));
    }

    [Fact]
    public async Task Shrinking_a_kit_hold_returns_its_components()
    {
        var hold = (await _store.HoldAsync("cart-a", _bundle.Id, 3)).Hold;

        await _store.HoldsAsync(h => h.ChangeQuantityAsync(hold.Id, hold.Owner, 1, CancellationToken.None));

        Assert.Equal(2, await _store.AvailableAsync(_desk.Id));
        Assert.Equal(8, await _store.AvailableAsync(_lamp.Id));
    }

    [Fact]
    public async Task Kits_cannot_contain_kits_or_be_serialized()
    {
        var nested = await Assert.ThrowsAsync<DomainException>(() => _store.KitAsync("Nested", (_bundle, 1)));
        Assert.Equal(ErrorCodes.InvalidKit, nested.Code);

        var serialized = await Assert.ThrowsAsync<DomainException>(() => _store.CatalogAsync(c =>
            c.UpdateProductAsync(_bundle.Id, new ProductDetails(_bundle.Sku, _bundle.Name, "", "Kits", 1m, InventoryTracking.Serialized), null, CancellationToken.None)));
        Assert.Equal(ErrorCodes.InvalidKit, serialized.Code);
    }

    private Task<AvailabilityReport> Check(params OrderLineRequest[] lines) =>
        _store.RunAsync(sp => sp.GetRequiredService<AvailabilityService>().CheckAsync(lines, CancellationToken.None));
}
