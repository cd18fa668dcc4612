using System.Net;
using System.Net.Http.Json;
using BlazorStock.Domain;
using BlazorStock.Domain.Catalog;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Api.Carts;
using BlazorStock.Web.Carts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Reliability;

/// <summary>
/// Denial of inventory (OWASP OAT-021, issue 19): a script opening many carts from one address to hold a drop's
/// whole stock. The drop's per-customer limit counts per cart and the rate limits count requests, so neither
/// stops it alone; Holds:CustomersPerAddress caps what one address holds of a limited product.
/// </summary>
public sealed class DenialOfInventoryTests
{
    private const string Attacker = "203.0.113.7";
    private const string Shopper = "198.51.100.9";

    [Fact]
    public async Task A_hundred_carts_from_one_address_hold_no_more_of_a_drop_than_two_customers_may_and_others_can_still_buy()
    {
        await using var factory = Factory(customersPerAddress: 2);
        var drop = await DropAsync(factory);

        var answers = await HundredCartsAsync(factory, drop.Id);

        Assert.Equal(2, answers.Count(a => a.Status == HttpStatusCode.Created));
        Assert.Equal(98, answers.Count(a => a.Status == HttpStatusCode.Conflict));
        Assert.Equal(2, await HeldAsync(factory, drop.Id));

        // Checking out does not make room: the order's holds still hold the stock, and still count.
        using (var holding = factory.Client())
        {
            holding.DefaultRequestHeaders.Add(CartIdentity.Header, answers.First(a => a.Status == HttpStatusCode.Created).CartToken);
            holding.DefaultRequestHeaders.Add(ClientAddressHeader.Header, Attacker);
            await ApiAssert.JsonAsync(await holding.PostAsJsonAsync("/api/cart/checkout", new CheckoutRequest("Script")), HttpStatusCode.Created);
        }

        using (var attacker = await CartFromAsync(factory, Attacker))
        {
            var refused = await attacker.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(drop.Id, 1));
            var problem = await ApiAssert.ProblemAsync(refused, HttpStatusCode.Conflict, ErrorCodes.AddressLimitExceeded);
            Assert.Equal(2, problem.GetProperty("limit").GetInt32());
            Assert.Equal(2, problem.GetProperty("heldFromAddress").GetInt32());
        }

        using var shopper = await CartFromAsync(factory, Shopper);
        await ApiAssert.JsonAsync(await shopper.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(drop.Id, 1)), HttpStatusCode.Created);
        Assert.Equal(3, await HeldAsync(factory, drop.Id));
    }

    [Fact]
    public async Task Without_the_address_limit_the_rate_limits_let_a_hundred_carts_from_one_address_hold_the_whole_drop()
    {
        await using var factory = Factory(customersPerAddress: 0);
        var drop = await DropAsync(factory);

        var answers = await HundredCartsAsync(factory, drop.Id);

        Assert.Equal(5, answers.Count(a => a.Status == HttpStatusCode.Created));
        Assert.Equal(5, await HeldAsync(factory, drop.Id));
        using var shopper = await CartFromAsync(factory, Shopper);
        await ApiAssert.ProblemAsync(await shopper.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(drop.Id, 1)), HttpStatusCode.Conflict, ErrorCodes.InsufficientStock);
    }

    /// <summary>The demo catalog, with the request-rate limits at their defaults (30 per cart, 600 per address per minute).</summary>
    private static ApiFactory Factory(int customersPerAddress)
    {
        var factory = new ApiFactory();
        factory.Settings["Seed:DemoData"] = "true";
        factory.Settings["RateLimits:HoldsPerCartPerMinute"] = "30";
        factory.Settings["RateLimits:HoldsPerIpPerMinute"] = "600";
        factory.Settings["Holds:CustomersPerAddress"] = customersPerAddress.ToString();
        factory.TestServices = services => services.AddSingleton<IStartupFilter, ClientAddressHeader>();
        return factory;
    }

    /// <summary>The demo's Limited Edition Sneaker: five pairs, one per customer.</summary>
    private static async Task<Product> DropAsync(ApiFactory factory)
    {
        var drop = await factory.DbAsync(db => db.Products.AsNoTracking().SingleAsync(p => p.Sku == "DROP-SNKR"));
        Assert.Equal(1, drop.PerCustomerLimit);
        Assert.Equal(5, await factory.DbAsync(db => db.StockLevels.Where(s => s.ProductId == drop.Id).SumAsync(s => s.OnHand - s.Reserved)));
        return drop;
    }

    /// <summary>A hundred carts from the attacker's address, each holding one pair, ten at a time.</summary>
    private static async Task<List<(HttpStatusCode Status, string CartToken)>> HundredCartsAsync(ApiFactory factory, int dropId)
    {
        var answers = new List<(HttpStatusCode, string)>();
        foreach (var wave in Enumerable.Range(0, 100).Chunk(10))
        {
            answers.AddRange(await Task.WhenAll(wave.Select(async _ =>
            {
                using var cart = await CartFromAsync(factory, Attacker);
                using var response = await cart.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(dropId, 1));
                return (response.StatusCode, cart.DefaultRequestHeaders.GetValues(CartIdentity.Header).Single());
            })));
        }

        return answers;
    }

    private static async Task<HttpClient> CartFromAsync(ApiFactory factory, string address)
    {
        var client = await factory.CartClientAsync();
        client.DefaultRequestHeaders.Add(ClientAddressHeader.Header, address);
        return client;
    }

    private static Task<int> HeldAsync(ApiFactory factory, int dropId) =>
        factory.DbAsync(db => db.StockLevels.Where(s => s.ProductId == dropId).SumAsync(s => s.Reserved));
}
