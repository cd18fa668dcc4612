using BlazorStock.Domain;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Persistence;
using BlazorStock.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Concurrency;

/// <summary>
/// One account racing itself from several carts (issue 17), through two writers on one file (two "processes"):
/// the per-customer count is a conditional statement in the hold's own transaction, so no interleaving passes it.
/// </summary>
public sealed class CustomerLimitRaceTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, true)]
    [InlineData(DatabaseProvider.Sqlite, false)]
    [InlineData(DatabaseProvider.PostgreSql, true)]
    [InlineData(DatabaseProvider.PostgreSql, false)]
    public async Task Fifty_requests_of_one_account_across_five_carts_never_pass_the_limit(DatabaseProvider provider, bool groupCommit)
    {
        Action<Dictionary<string, string?>> settings = s => s["Persistence:GroupCommit"] = groupCommit.ToString();
        await using var first = await TestStore.CreateAsync(provider, settings);
        await using var second = await first.OpenSecondWriterAsync(settings);
        var (main, _) = await first.WarehousesAsync();

        for (var round = 0; round < 20; round++)
        {
            var drop = await first.ProductAsync($"Drop {round}", d => d with { PerCustomerLimit = 3 }, (main, 100));
            var customer = $"account-{round}";

            var outcomes = await Race.RunAsync(50, i => (i % 2 == 0 ? first : second).HoldAsync(
                new HoldRequest(HoldOwner.Cart($"cart-{round}-{i % 5}"), drop.Id, 1 + (i % 2), CustomerId: customer)));

            var held = await first.QueryAsync(db => db.Holds.Where(h => h.ProductId == drop.Id && h.Status == HoldStatus.Active).SumAsync(h => h.Quantity));
            Assert.InRange(held, 2, 3);
            Assert.Equal(held, await first.QueryAsync(db => db.CustomerLimitUsages.Where(u => u.ProductId == drop.Id).SumAsync(u => u.Used)));
            Assert.Equal(100 - held, await first.AvailableAsync(drop.Id));
            Assert.All(outcomes.OfType<Exception>(), e => Assert.Contains(Assert.IsType<DomainException>(e).Code, new[] { ErrorCodes.LimitExceeded, ErrorCodes.ConcurrencyConflict }));
        }

        Assert.Empty(await first.ConsistencyAsync(c => c.CheckAsync(CancellationToken.None)));
    }
}
