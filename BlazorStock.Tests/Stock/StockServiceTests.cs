using BlazorStock.Domain;
using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Catalog;
using BlazorStock.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Stock;

public sealed class StockServiceTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private Warehouse _main = null!;
    private Product _desk = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        (_main, _) = await _store.WarehousesAsync();
        _desk = await _store.ProductAsync("Desk", (_main, 5));
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Receiving_and_correcting_change_on_hand_with_an_audited_reason()
    {
        await _store.StockAsync(s => s.AdjustAsync(_desk.Id, _main.Id, 3, "PO-17 received", CancellationToken.None));
        var level = await _store.StockAsync(s => s.AdjustAsync(_desk.Id, _main.Id, -2, "Count correction", CancellationToken.None));

        Assert.Equal((6, 0), (level.OnHand, level.Reserved));
        var reasons = await _store.QueryAsync(db => db.AuditEntries.Where(a => a.ObjectType == AuditObjectTypes.StockLevel).OrderBy(a => a.Id).Select(a => a.Reason).ToListAsync());
        Assert.Equal(["Received", "PO-17 received", "Count correction"], reasons);
    }

    [Fact]
    public async Task On_hand_can_never_fall_below_what_is_reserved()
    {
        await _store.HoldAsync("cart-a", _desk.Id, 4);

        var error = await Assert.ThrowsAsync<DomainException>(() => _store.StockAsync(s => s.AdjustAsync(_desk.Id, _main.Id, -2, "Broken", CancellationToken.None)));

        Assert.Equal(ErrorCodes.StockBelowReserved, error.Code);
        var level = await _store.LevelAsync(_desk.Id, _main.Id);
        Assert.Equal((5, 4), (level.OnHand, level.Reserved));
    }

    [Theory]
    [InlineData(0, "reason")]
    [InlineData(1, "")]
    [InlineData(1, "   ")]
    public async Task An_adjustment_needs_a_change_and_a_reason(int delta, string reason)
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => _store.StockAsync(s => s.AdjustAsync(_desk.Id, _main.Id, delta, reason, CancellationToken.None)));

        Assert.Equal(ErrorCodes.InvalidQuantity, error.Code);
    }

    [Fact]
    public async Task Kits_and_unknown_products_or_warehouses_cannot_be_adjusted()
    {
        var kit = await _store.KitAsync("Bundle", (_desk, 1));

        Assert.Equal(ErrorCodes.InvalidKit, (await Assert.ThrowsAsync<DomainException>(() => _store.StockAsync(s => s.AdjustAsync(kit.Id, _main.Id, 1, "r", CancellationToken.None)))).Code);
        Assert.Equal(ErrorCodes.ProductNotFound, (await Assert.ThrowsAsync<DomainException>(() => _store.StockAsync(s => s.AdjustAsync(999, _main.Id, 1, "r", CancellationToken.None)))).Code);
        Assert.Equal(ErrorCodes.WarehouseNotFound, (await Assert.ThrowsAsync<DomainException>(() => _store.StockAsync(s => s.AdjustAsync(_desk.Id, 999, 1, "r", CancellationToken.None)))).Code);
    }

    [Fact]
    public async Task The_database_itself_refuses_reserved_above_on_hand()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => _store.QueryAsync(db =>
            db.Database.ExecuteSqlAsync($"UPDATE StockLevels SET Reserved = OnHand + 1 WHERE ProductId = {_desk.Id}")));

        Assert.Contains("CHECK constraint failed", error.Message);
    }
}
