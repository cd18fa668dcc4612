using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Holds;
using BlazorStock.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Audit;

/// <summary>
/// <see cref="AuditLookup"/> against a plain scan of the log, with the entries indexed, unindexed, or both
/// (a watermark read before the indexer moved). The writer's own indexing is held off so each test
/// decides when a step runs.
/// </summary>
public sealed class AuditLookupTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private Domain.Catalog.Warehouse _main = null!;
    private Domain.Catalog.Warehouse _east = null!;
    private long _indexedThrough;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync(s => s["Persistence:AuditIndexInterval"] = "1.00:00:00");
        (_main, _east) = await _store.WarehousesAsync();
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task A_hold_is_found_by_its_own_entries_and_the_stock_entries_that_reference_it_indexed_or_not()
    {
        var desk = await _store.ProductAsync("Desk", (_main, 10));
        var hold = (await _store.HoldAsync("cart-a", desk.Id, 1)).Hold.Id;
        await _store.HoldAsync("cart-b", desk.Id, 1);
        await IndexAsync(limit: 1_000);
        await _store.HoldAsync("cart-a", desk.Id, 2);
        await _store.HoldsAsync(h => h.ExtendAsync(hold, HoldOwner.Cart("cart-a"), null, CancellationToken.None));
        var match = AuditMatch.Object(AuditObjectTypes.Hold, hold.ToString()).OrReference($"hold:{hold}");

        var ids = await IdsAsync(match);

        var expected = await ScanAsync(a => (a.ObjectType == AuditObjectTypes.Hold && a.ObjectId == hold.ToString()) || a.Reference == $"hold:{hold}");
        Assert.Equal(expected, ids);
        Assert.Contains(ids, id => id <= _indexedThrough);
        Assert.Contains(ids, id => id > _indexedThrough);
        Assert.Equal(["hold.extended", "stock.reserved", "hold.grown", "stock.reserved", "hold.created"], await ActionsAsync(ids));
    }

    [Fact]
    public async Task Entries_both_indexed_and_past_a_stale_watermark_count_once_and_pages_stay_full()
    {
        var desk = await _store.ProductAsync("Desk", (_main, 50));
        var hold = (await _store.HoldAsync("cart-a", desk.Id, 1)).Hold.Id;
        for (var i = 0; i < 6; i++)
        {
            await _store.HoldAsync("cart-a", desk.Id, 1);
        }

        await IndexAsync(limit: 1_000);
        await ExecuteAsync("""UPDATE "AuditIndexState" SET "IndexedThrough" = 0""");
        var match = AuditMatch.Object(AuditObjectTypes.Hold, hold.ToString()).OrReference($"hold:{hold}");
        var expected = await ScanAsync(a => (a.ObjectType == AuditObjectTypes.Hold && a.ObjectId == hold.ToString()) || a.Reference == $"hold:{hold}");

        var all = await IdsAsync(match);
        var firstPage = await IdsAsync(match, take: 4);
        var secondPage = await IdsAsync(match, before: firstPage[^1], take: 4);

        Assert.Equal(expected, all);
        Assert.Equal(expected.Take(4), firstPage);
        Assert.Equal(expected.Skip(4).Take(4), secondPage);
    }

    [Fact]
    public async Task A_product_finds_every_stock_level_of_its_own_and_none_of_a_product_whose_id_shares_the_prefix()
    {
        var products = new List<Domain.Catalog.Product>();
        for (var i = 0; i < 11; i++)
        {
            products.Add(await _store.ProductAsync($"Chair {i}", (_main, 3), (_east, 3)));
        }

        var first = products[0];
        var sharing = products.First(p => p.Id != first.Id && p.Id.ToString().StartsWith(first.Id.ToString()));
        await _store.HoldAsync("cart-a", first.Id, 4);
        await IndexAsync(limit: 1_000);
        await _store.HoldAsync("cart-b", first.Id, 1);
        await _store.HoldAsync("cart-c", sharing.Id, 1);
        var prefix = $"{first.Id}:";
        var match = AuditMatch.Object(AuditObjectTypes.Product, first.Id.ToString()).OrObjectIdsStartingWith(AuditObjectTypes.StockLevel, prefix);

        var ids = await IdsAsync(match);

        var expected = await ScanAsync(a => (a.ObjectType == AuditObjectTypes.Product && a.ObjectId == first.Id.ToString())
            || (a.ObjectType == AuditObjectTypes.StockLevel && a.ObjectId.StartsWith(prefix)));
        Assert.Equal(expected, ids);
        Assert.Contains(ids, id => id > _indexedThrough);
        Assert.Equal(2, (await _store.QueryAsync(db => db.AuditEntries.Where(a => ids.Contains(a.Id) && a.ObjectType == AuditObjectTypes.StockLevel).Select(a => a.ObjectId).Distinct().ToListAsync())).Count);
    }

    private async Task IndexAsync(int limit)
    {
        await _store.IndexAuditAsync(limit);
        _indexedThrough = await _store.QueryAsync(db => db.AuditIndexStates.Select(s => s.IndexedThrough).SingleAsync());
    }

    private Task ExecuteAsync(string sql) => _store.QueryAsync(db => db.Database.ExecuteSqlRawAsync(sql));

    private Task<List<long>> IdsAsync(AuditMatch match, long? before = null, int? take = null) =>
        _store.QueryAsync(db => AuditLookup.IdsAsync(db, match, before, take, CancellationToken.None));

    private Task<List<long>> ScanAsync(System.Linq.Expressions.Expression<Func<AuditEntry, bool>> predicate) =>
        _store.QueryAsync(db => db.AuditEntries.Where(predicate).OrderByDescending(a => a.Id).Select(a => a.Id).ToListAsync());

    private async Task<List<string>> ActionsAsync(List<long> ids)
    {
        var actions = await _store.QueryAsync(db => db.AuditEntries.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Action));
        return ids.Select(id => actions[id]).ToList();
    }
}
