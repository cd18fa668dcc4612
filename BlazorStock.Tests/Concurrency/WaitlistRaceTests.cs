using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Waitlist;
using BlazorStock.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Concurrency;

/// <summary>
/// A release, a receipt and an expiry racing, through two writers on one file (two "processes"), while shoppers
/// wait (issue 17): each freed unit goes to exactly one shopper in line, in order, and none to two.
/// </summary>
public sealed class WaitlistRaceTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_release_a_receipt_and_an_expiry_racing_never_hand_one_unit_to_two_shoppers(DatabaseProvider provider)
    {
        await using var first = await TestStore.CreateAsync(provider);
        await using var second = await first.OpenSecondWriterAsync();
        var (main, _) = await first.WarehousesAsync();

        for (var round = 0; round < 30; round++)
        {
            var product = await first.ProductAsync($"Lamp {round}", (main, 3));
            var lapsing = await first.HoldAsync($"a-{round}", product.Id, 1);
            first.Clock.Advance(TimeSpan.FromMinutes(1));
            var released = await first.HoldAsync($"b-{round}", product.Id, 1);
            await first.HoldAsync($"c-{round}", product.Id, 1);
            for (var i = 0; i < 6; i++)
            {
                var cart = $"w{i}-{round}";
                await first.RunAsync(sp => sp.GetRequiredService<WaitlistService>().JoinAsync(cart, null, product.Id, 1, CancellationToken.None));
            }

            first.Clock.Set(lapsing.Hold.ExpiresAt!.Value);
            var outcomes = await Race.RunAsync(3, i => i switch
            {
                0 => first.HoldsAsync(h => h.ReleaseAsync(released.Hold.Id, HoldOwner.Cart($"b-{round}"), CancellationToken.None)),
                1 => second.StockAsync(s => s.AdjustAsync(product.Id, main.Id, 1, "Received", CancellationToken.None)),
                _ => (round % 2 == 0 ? first : second).HoldsAsync(h => h.ExpireDueAsync(100, CancellationToken.None)),
            });

            Assert.All(outcomes, Assert.Null);
            var handOffs = await first.QueryAsync(db => db.Holds.Where(h => h.ProductId == product.Id && h.FromWaitlist && h.Status == HoldStatus.Active).ToListAsync());
            var entries = await first.QueryAsync(db => db.WaitlistEntries.Where(e => e.ProductId == product.Id).OrderBy(e => e.Id).ToListAsync());
            Assert.Equal(3, handOffs.Sum(h => h.Quantity));
            Assert.Equal(3, handOffs.Select(h => h.OwnerId).Distinct().Count());
            Assert.Equal([$"w0-{round}", $"w1-{round}", $"w2-{round}"], handOffs.Select(h => h.OwnerId).Order());
            Assert.Equal(3, entries.Count(e => e.Status == WaitlistStatus.HandedOff));
            Assert.All(entries.Where(e => e.Status == WaitlistStatus.HandedOff), e => Assert.Contains(handOffs, h => h.Id == e.HoldId && h.OwnerId == e.CartId));
            Assert.Equal(0, await first.AvailableAsync(product.Id));
        }

        Assert.Empty(await first.ConsistencyAsync(c => c.CheckAsync(CancellationToken.None)));
    }
}
