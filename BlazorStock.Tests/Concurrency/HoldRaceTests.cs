using BlazorStock.Domain;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Consistency;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Persistence;
using BlazorStock.Tests.Support;

namespace BlazorStock.Tests.Concurrency;

/// <summary>
/// Real races on a real database: two stores on one SQLite file, or on one PostgreSQL database, act as two
/// processes or app servers (two writers, two connection pools), so correctness is shown through the
/// engine's locking, not just our in-process queue.
/// </summary>
public sealed class HoldRaceTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, true)]
    [InlineData(DatabaseProvider.Sqlite, false)]
    [InlineData(DatabaseProvider.PostgreSql, true)]
    [InlineData(DatabaseProvider.PostgreSql, false)]
    public async Task Fifty_shoppers_racing_for_five_units_get_exactly_five_holds(DatabaseProvider provider, bool groupCommit)
    {
        Action<Dictionary<string, string?>> settings = s => s["Persistence:GroupCommit"] = groupCommit.ToString();
        await using var first = await TestStore.CreateAsync(provider, settings);
        await using var second = await first.OpenSecondWriterAsync(settings);
        var (main, _) = await first.WarehousesAsync();

        for (var round = 0; round < 200; round++)
        {
            var product = await first.ProductAsync($"Drop {round}", (main, 5));

            var outcomes = await Race.RunAsync(50, i => (i % 2 == 0 ? first : second).HoldAsync($"cart-{round}-{i}", product.Id, 1));

            Assert.True(outcomes.Count(o => o is null) == 5, $"round {round}: {outcomes.Count(o => o is null)} holds granted");
            Assert.All(outcomes.OfType<Exception>(), e => Assert.Equal(ErrorCodes.InsufficientStock, Assert.IsType<DomainException>(e).Code));
            var level = await first.LevelAsync(product.Id, main.Id);
            Assert.Equal((5, 5), (level.OnHand, level.Reserved));
        }

        Assert.Empty(await first.ConsistencyAsync(c => c.CheckAsync(CancellationToken.None)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_hundred_clients_asking_one_to_three_never_get_more_than_twenty(DatabaseProvider provider)
    {
        await using var first = await TestStore.CreateAsync(provider);
        await using var second = await first.OpenSecondWriterAsync();
        var (main, east) = await first.WarehousesAsync();
        var random = new Random(20261121);

        for (var round = 0; round < 20; round++)
        {
            var product = await first.ProductAsync($"Lamp {round}", (main, 12), (east, 8));
            var asks = Enumerable.Range(0, 100).Select(_ => random.Next(1, 4)).ToArray();

            var outcomes = await Race.RunAsync(100, i => (i % 2 == 0 ? first : second).HoldAsync($"cart-{round}-{i}", product.Id, asks[i]));

            var granted = asks.Where((_, i) => outcomes[i] is null).Sum();
            Assert.InRange(granted, 18, 20);
            Assert.Equal(20 - granted, await first.AvailableAsync(product.Id));
            Assert.All(outcomes.OfType<Exception>(), e => Assert.Equal(ErrorCodes.InsufficientStock, Assert.IsType<DomainException>(e).Code));
        }

        Assert.Empty(await first.ConsistencyAsync(c => c.CheckAsync(CancellationToken.None)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, false)]
    [InlineData(DatabaseProvider.Sqlite, true)]
    [InlineData(DatabaseProvider.PostgreSql, false)]
    [InlineData(DatabaseProvider.PostgreSql, true)]
    public async Task Confirm_release_and_expire_racing_on_one_hold_have_exactly_one_winner(DatabaseProvider provider, bool atExpiry)
    {
        await using var first = await TestStore.CreateAsync(provider);
        await using var second = await first.OpenSecondWriterAsync();
        var (main, _) = await first.WarehousesAsync();
        var product = await first.ProductAsync("Desk", (main, 1000));

        for (var round = 0; round < 60; round++)
        {
            var order = await first.OrdersAsync(o => o.CreateAsync($"Customer {round}", [new(product.Id, 1)], reserve: false, CancellationToken.None));
            var hold = (await first.HoldAsync(new HoldRequest(HoldOwner.Order(order.Id), product.Id, 1))).Hold;
            first.Clock.Set(atExpiry ? hold.ExpiresAt!.Value : hold.ExpiresAt!.Value - TimeSpan.FromTicks(1));
            var expired = 0;
            var contenders = new Func<TestStore, Task>[]
            {
                s => s.OrdersAsync(o => o.PayAsync(order.Id, null, succeed: true, CancellationToken.None)),
                s => s.HoldsAsync(h => h.ReleaseAsStaffAsync(hold.Id, "Staff released", CancellationToken.None)),
                async s => Interlocked.Add(ref expired, (await s.HoldsAsync(h => h.ExpireDueAsync(10, CancellationToken.None))).HoldsExpired),
            };

            var outcomes = await Race.RunAsync(3, i => contenders[i](i % 2 == 0 ? first : second));

            Assert.All(outcomes.OfType<Exception>(), e => Assert.IsType<DomainException>(e));
            var stored = await first.HoldByIdAsync(hold.Id);
            var wins = (outcomes[0] is null ? 1 : 0) + (outcomes[1] is null ? 1 : 0) + expired;
            Assert.True(wins == 1, $"round {round}: {wins} winners, hold is {stored.Status}");
            Assert.NotEqual(HoldStatus.Active, stored.Status);
            var committed = stored.Status == HoldStatus.Converted ? 1 : 0;
            var reserved = await first.QueryAsync(db => Task.FromResult(db.StockLevels.Single(s => s.ProductId == product.Id).Reserved));
            Assert.Equal(committed + await CommittedBeforeAsync(first, product.Id, hold.Id), reserved);
        }

        Assert.Empty(await first.ConsistencyAsync(c => c.CheckAsync(CancellationToken.None)));
    }

    /// <summary>Stock committed by earlier rounds' converted holds: still reserved until shipped.</summary>
    private static Task<int> CommittedBeforeAsync(TestStore store, int productId, Guid exceptHold) =>
        store.QueryAsync(db => Task.FromResult(db.Holds.Where(h => h.ProductId == productId && h.Status == HoldStatus.Converted && h.Id != exceptHold).Sum(h => h.Quantity)));
}
