using System.Net;
using System.Net.Http.Json;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Api.Carts;

namespace BlazorStock.Tests.Api.RateLimiting;

public sealed class HoldRateLimitTests
{
    [Fact]
    public async Task A_cart_over_its_per_minute_limit_gets_429_with_Retry_After_and_other_carts_do_not()
    {
        await using var factory = new ApiFactory();
        factory.Settings["RateLimits:HoldsPerCartPerMinute"] = "3";
        var product = await factory.ProductAsync(100);
        using var busy = await factory.CartClientAsync();
        using var other = await factory.CartClientAsync();

        for (var i = 0; i < 3; i++)
        {
            Assert.True((await busy.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 1))).IsSuccessStatusCode);
        }

        var refused = await busy.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 1));

        var problem = await ApiAssert.ProblemAsync(refused, HttpStatusCode.TooManyRequests, "rate_limited");
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")));
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal(retryAfter, problem.GetProperty("retryAfter").GetInt32());
        Assert.True(refused.Headers.Contains("X-Request-Id"));
        Assert.Equal(HttpStatusCode.Created, (await other.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 1))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/api/cart")).StatusCode);
        Assert.Equal(3, (await ApiAssert.JsonAsync(await busy.GetAsync("/api/cart"), HttpStatusCode.OK)).GetProperty("holds")[0].GetProperty("quantity").GetInt32());
    }

    [Fact]
    public async Task One_client_IP_over_its_limit_gets_429_across_carts()
    {
        await using var factory = new ApiFactory();
        factory.Settings["RateLimits:HoldsPerIpPerMinute"] = "4";
        var product = await factory.ProductAsync(100);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var cart = await factory.CartClientAsync();
            statuses.Add((await cart.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 1))).StatusCode);
        }

        Assert.Equal(4, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Zero_turns_a_limit_off()
    {
        await using var factory = new ApiFactory();
        factory.Settings["RateLimits:HoldsPerCartPerMinute"] = "0";
        var product = await factory.ProductAsync(100);
        using var cart = await factory.CartClientAsync();

        for (var i = 0; i < 40; i++)
        {
            Assert.True((await cart.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 1))).IsSuccessStatusCode, $"request {i + 1}");
        }
    }
}
