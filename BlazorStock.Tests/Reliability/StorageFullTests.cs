using System.Net;
using System.Net.Http.Json;
using BlazorStock.Domain;
using BlazorStock.Domain.Consistency;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Api.Carts;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Reliability;

/// <summary>
/// Disk full under SQLite (issue 19), made with <c>Persistence:MaxPageCount</c> at the database's current size:
/// the next write that needs a page fails with SQLITE_FULL, as on a full disk.
/// </summary>
public sealed class StorageFullTests
{
    [Fact]
    public async Task Holds_on_a_full_disk_are_refused_with_503_and_retry_after_leave_nothing_half_written_and_succeed_again_when_room_returns()
    {
        await using var factory = new ApiFactory();
        var product = await factory.ProductAsync(100_000);
        using var staff = await factory.StaffClientAsync();
        factory.Reconfigure("Persistence:MaxPageCount", (await StoredState.PageCountAsync(factory.DatabasePath)).ToString());

        var accepted = new List<Guid>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 2_000 && refused is null; i++)
        {
            using var shopper = await factory.CartClientAsync();
            var response = await shopper.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 2));
            if (response.StatusCode == HttpStatusCode.Created)
            {
                accepted.Add((await ApiAssert.JsonAsync(response, HttpStatusCode.Created)).GetProperty("id").GetGuid());
            }
            else
            {
                refused = response;
            }
        }

        Assert.NotNull(refused);
        var problem = await ApiAssert.ProblemAsync(refused, HttpStatusCode.ServiceUnavailable, ErrorCodes.StorageFull);
        Assert.Equal("60", Assert.Single(refused.Headers.GetValues("Retry-After")));
        Assert.Contains("storage is full", problem.GetProperty("detail").GetString());

        // Refused again, with an Idempotency-Key too (its record is written outside the write path).
        using (var shopper = await factory.CartClientAsync())
        {
            shopper.DefaultRequestHeaders.Add("Idempotency-Key", "full-disk-1");
            await ApiAssert.ProblemAsync(await shopper.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 1)), HttpStatusCode.ServiceUnavailable, ErrorCodes.StorageFull);
        }

        var health = await ApiAssert.JsonAsync(await staff.GetAsync("/health"), HttpStatusCode.OK);
        Assert.Equal("Degraded", health.GetProperty("checks").GetProperty("writer").GetProperty("status").GetString());

        // Exactly the acknowledged holds exist, each whole; the stock adds up.
        var stored = await factory.DbAsync(db => db.Holds.AsNoTracking().Where(h => h.ProductId == product.Id).Select(h => h.Id).ToListAsync());
        Assert.Equal(accepted.Order(), stored.Order());
        Assert.Empty(await StoredState.ProblemsAsync(factory.DatabasePath));
        Assert.Empty(await factory.RunAsync<ConsistencyService, List<ConsistencyFinding>>(c => c.CheckAsync(CancellationToken.None)));

        factory.Reconfigure("Persistence:MaxPageCount", null);

        using (var shopper = await factory.CartClientAsync())
        {
            await ApiAssert.JsonAsync(await shopper.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 1)), HttpStatusCode.Created);
        }

        health = await ApiAssert.JsonAsync(await staff.GetAsync("/health"), HttpStatusCode.OK);
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("writer").GetProperty("status").GetString());
        Assert.Equal(accepted.Count * 2 + 1, (await factory.DbAsync(db => db.StockLevels.SingleAsync(s => s.ProductId == product.Id))).Reserved);
    }
}
