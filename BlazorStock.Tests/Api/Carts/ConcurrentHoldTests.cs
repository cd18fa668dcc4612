using System.Net;
using System.Net.Http.Json;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Api.Carts;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Api.Carts;

public sealed class ConcurrentHoldTests
{
    [Fact]
    public async Task Sixty_concurrent_holds_on_seven_units_give_exactly_seven_201_and_fifty_three_409()
    {
        // Separate carts, so the per-cart limit never applies; the per-IP limit is off in ApiFactory.
        await using var factory = new ApiFactory();
        var product = await factory.ProductAsync(7);
        var clients = new List<HttpClient>();
        for (var i = 0; i < 60; i++)
        {
            clients.Add(await factory.CartClientAsync());
        }

        using var start = new ManualResetEventSlim();
        var requests = clients.Select(c => Task.Run(async () =>
        {
            start.Wait();
            return await c.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 1));
        })).ToList();
        start.Set();
        var responses = await Task.WhenAll(requests);

        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(53, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            await ApiAssert.ProblemAsync(refused, HttpStatusCode.Conflict, "insufficient_stock");
        }

        var level = await factory.DbAsync(db => db.StockLevels.AsNoTracking().SingleAsync(s => s.ProductId == product.Id));
        Assert.Equal((7, 7), (level.OnHand, level.Reserved));
        Assert.Equal(7, await factory.DbAsync(db => db.Holds.CountAsync(h => h.ProductId == product.Id)));
        clients.ForEach(c => c.Dispose());
    }
}
