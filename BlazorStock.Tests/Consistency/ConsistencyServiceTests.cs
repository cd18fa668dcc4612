using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Consistency;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Units;
using BlazorStock.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Consistency;

public sealed class ConsistencyServiceTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private Warehouse _main = null!;
    private Product _desk = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        (_main, _) = await _store.WarehousesAsync();
        _desk = await _store.ProductAsync("Desk", (_main, 10));
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task A_healthy_store_has_no_findings()
    {
        await _store.HoldAsync("cart-a", _desk.Id, 2);
        await _store.SerializedAsync("Camera", _main, 3);

        Assert.Empty(await Check());
    }

    [Fact]
    public async Task Drifted_reserved_is_found_and_repaired_with_an_audit_entry()
    {
        await _store.HoldAsync("cart-a", _desk.Id, 2);
        await Sql($"UPDATE StockLevels SET Reserved = 5 WHERE ProductId = {_desk.Id}");

        var finding = Assert.Single(await Check());
        Assert.Equal((FindingKind.ReservedMismatch, 2), (finding.Kind, finding.Expected));

        var result = await _store.ConsistencyAsync(c => c.RepairAsync(finding.Key, CancellationToken.None));

        Assert.Single(result.Repaired);
        Assert.Equal(2, (await _store.LevelAsync(_desk.Id, _main.Id)).Reserved);
        Assert.Empty(await Check());
        Assert.True(await _store.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "consistency.repaired" && a.ObjectType == AuditObjectTypes.StockLevel)));
    }

    [Fact]
    public async Task A_reserved_unit_without_a_hold_and_a_wrong_unit_count_are_found_and_repaired()
    {
        var camera = await _store.SerializedAsync("Camera", _main, 3);
        await Sql($"UPDATE SerializedUnits SET Status = 'Reserved' WHERE Id = (SELECT MIN(Id) FROM SerializedUnits)");
        await Sql($"UPDATE StockLevels SET OnHand = 7 WHERE ProductId = {camera.Id}");

        var kinds = (await Check()).Select(f => f.Kind).Order().ToList();
        Assert.Equal([FindingKind.UnitWithoutHold, FindingKind.UnitCountMismatch], kinds);

        await _store.ConsistencyAsync(c => c.RepairAsync(null, CancellationToken.None));

        Assert.Empty(await Check());
        Assert.All(await _store.QueryAsync(db => db.SerializedUnits.ToListAsync()), u => Assert.Equal(UnitStatus.Available, u.Status));
        Assert.Equal(3, (await _store.LevelAsync(camera.Id, _main.Id)).OnHand);
    }

    [Fact]
    public async Task An_active_hold_of_a_missing_order_is_an_orphan_and_its_repair_releases_it()
    {
        var orphan = (await _store.HoldAsync(new HoldRequest(HoldOwner.Order(Guid.NewGuid()), _desk.Id, 3, NoExpiry: true))).Hold;

        var finding = Assert.Single(await Check());
        Assert.Equal(FindingKind.OrphanHold, finding.Kind);

        await _store.ConsistencyAsync(c => c.RepairAsync(null, CancellationToken.None));

        Assert.Equal(HoldStatus.Released, (await _store.HoldByIdAsync(orphan.Id)).Status);
        Assert.Equal(10, await _store.AvailableAsync(_desk.Id));
        Assert.Empty(await Check());
    }

    [Fact]
    public async Task Holds_older_than_the_stale_threshold_are_reported()
    {
        await _store.HoldAsync(new HoldRequest(HoldOwner.Manual("showroom"), _desk.Id, 1, NoExpiry: true));
        Assert.Empty(await Check());

        _store.Clock.Advance(TimeSpan.FromHours(25));

        Assert.Equal(FindingKind.StaleHold, Assert.Single(await Check()).Kind);
    }

    private Task<List<ConsistencyFinding>> Check() => _store.ConsistencyAsync(c => c.CheckAsync(CancellationToken.None));

    private Task<int> Sql(FormattableString sql) => _store.QueryAsync(db => db.Database.ExecuteSqlAsync(sql));
}
