using System.Diagnostics.Metrics;
using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Persistence;
using BlazorStock.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Audit;

public sealed class AuditIndexerTests
{
    [Fact]
    public async Task A_step_indexes_at_most_its_limit_and_says_how_far_behind_the_log_still_is()
    {
        await using var store = await TestStore.CreateAsync(s => s["Persistence:AuditIndexInterval"] = "1.00:00:00");
        var (main, _) = await store.WarehousesAsync();
        var desk = await store.ProductAsync("Desk", (main, 10));
        for (var i = 0; i < 4; i++)
        {
            await store.HoldAsync($"cart-{i}", desk.Id, 1);
        }

        var (watermark, last) = await PositionAsync(store);
        var first = await store.IndexAuditAsync(3);
        var second = await store.IndexAuditAsync(1_000);
        var third = await store.IndexAuditAsync(1_000);

        Assert.Equal(last - watermark - 3, first.Behind);
        Assert.Equal((0L, last), (second.Behind, (await PositionAsync(store)).Watermark));
        Assert.Equal((0, 0L), third);
        var entries = await store.QueryAsync(db => db.AuditEntries.Where(a => a.Id > watermark).ToListAsync());
        var keys = await store.QueryAsync(db => db.AuditKeys.Where(k => k.AuditId > watermark).ToListAsync());
        var expected = entries.Select(a => (AuditLookup.ObjectKey(a.ObjectType, a.ObjectId), a.Id))
            .Concat(entries.Where(a => a.Reference?.StartsWith("hold:", StringComparison.Ordinal) == true).Select(a => (AuditLookup.ReferenceKey(a.Reference!), a.Id)));
        Assert.Equal(expected.Order(), keys.Select(k => (k.Key, k.AuditId)).Order());
        Assert.Equal(keys.Count, first.Keys + second.Keys);
        Assert.Contains(entries, a => a.Reference?.StartsWith("Cart:", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(keys, k => k.Key.StartsWith("r/Cart:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_writer_indexes_new_entries_on_its_own_within_its_interval()
    {
        await using var store = await TestStore.CreateAsync(s => s["Persistence:AuditIndexInterval"] = "00:00:00.050");
        var (main, _) = await store.WarehousesAsync();
        var desk = await store.ProductAsync("Desk", (main, 10));
        await store.HoldAsync("cart-a", desk.Id, 2);

        var last = await CaughtUpAsync(store);

        Assert.True(await store.QueryAsync(db => db.AuditKeys.AnyAsync(k => k.AuditId == last)));
    }

    [Fact]
    public async Task A_writer_with_nothing_to_index_stays_idle()
    {
        await using var store = await TestStore.CreateAsync(s => s["Persistence:AuditIndexInterval"] = "00:00:00.010");
        var (main, _) = await store.WarehousesAsync();
        var desk = await store.ProductAsync("Desk", (main, 10));
        await store.HoldAsync("cart-a", desk.Id, 1);
        await CaughtUpAsync(store);
        var steps = 0;
        var meters = store.Services.GetRequiredService<IMeterFactory>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this store's writer: other tests' writers report to meters of the same name.
            if (instrument.Meter.Name == WriterMetrics.MeterName && instrument.Meter.Scope == meters && instrument.Name == WriterMetrics.AuditIndexDuration)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, _, _, _) => Interlocked.Increment(ref steps));
        listener.Start();

        await Task.Delay(500);

        // Caught up after the hold: no step runs again until something new is audited.
        Assert.Equal(0, steps);
        Assert.Equal((await PositionAsync(store)).Last, (await PositionAsync(store)).Watermark);
    }

    [Fact]
    public async Task A_failing_indexing_step_never_fails_the_writes_it_rides_with()
    {
        await using var store = await TestStore.CreateAsync(s => s["Persistence:AuditIndexInterval"] = "00:00:00.001");
        var (main, _) = await store.WarehousesAsync();
        var desk = await store.ProductAsync("Desk", (main, 50));
        await Task.Delay(50);
        await store.QueryAsync(db => db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditIndexState" """));
        var keysBefore = await store.QueryAsync(db => db.AuditKeys.CountAsync());

        for (var i = 0; i < 20; i++)
        {
            await store.HoldAsync($"cart-{i}", desk.Id, 1);
            await Task.Delay(2);
        }

        Assert.Equal(20, (await store.LevelAsync(desk.Id, main.Id)).Reserved);
        Assert.Equal(keysBefore, await store.QueryAsync(db => db.AuditKeys.CountAsync()));
    }

    [Fact]
    public async Task The_migration_gives_entries_logged_before_it_their_keys()
    {
        var path = Path.Combine(Path.GetTempPath(), $"blazorstock-test-{Guid.NewGuid():N}.db");
        try
        {
            var options = StockDatabase.Configure(new DbContextOptionsBuilder<StockDbContext>(), DatabaseProvider.Sqlite, $"Data Source={path}").Options;
            await using (var db = new StockDbContext((DbContextOptions<StockDbContext>)options))
            {
                var migrator = db.GetService<IMigrator>();
                var migrations = db.Database.GetMigrations().ToList();
                await migrator.MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_AuditKeys", StringComparison.Ordinal)) - 1]);
                await db.Database.ExecuteSqlRawAsync("""
                    INSERT INTO "AuditEntries" ("At", "Actor", "Action", "ObjectType", "ObjectId", "Reference") VALUES
                        (1, 'staff', 'stock.received', 'StockLevel', '7:1', NULL),
                        (2, 'cart', 'stock.reserved', 'StockLevel', '7:1', 'hold:h1'),
                        (3, 'cart', 'hold.created', 'Hold', 'h1', 'Cart:c1')
                    """);

                await migrator.MigrateAsync();

                var keys = await db.AuditKeys.OrderBy(k => k.Key).ThenBy(k => k.AuditId).Select(k => k.Key + "#" + k.AuditId).ToListAsync();
                Assert.Equal(["o/Hold/h1#3", "o/StockLevel/7:1#1", "o/StockLevel/7:1#2", "r/hold:h1#2"], keys);
                Assert.Equal(3, await db.AuditIndexStates.Select(s => s.IndexedThrough).SingleAsync());
                var ids = await AuditLookup.IdsAsync(db, AuditMatch.Object("Product", "7").OrObjectIdsStartingWith("StockLevel", "7:"), null, null, CancellationToken.None);
                Assert.Equal([2L, 1L], ids);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }
        }
    }

    /// <summary>Waits (at most 10 s) until the writer has indexed the whole log; returns the last entry's id.</summary>
    private static async Task<long> CaughtUpAsync(TestStore store)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        var (watermark, last) = await PositionAsync(store);
        while (watermark < last && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
            (watermark, last) = await PositionAsync(store);
        }

        Assert.Equal(last, watermark);
        return last;
    }

    private static Task<(long Watermark, long Last)> PositionAsync(TestStore store) =>
        store.QueryAsync(async db => (
            await db.AuditIndexStates.Select(s => s.IndexedThrough).SingleAsync(),
            await db.AuditEntries.MaxAsync(a => (long?)a.Id) ?? 0));
}
