using System.Net;
using System.Net.Http.Json;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Api.Auth;
using BlazorStock.Web.Api.Carts;
using BlazorStock.Web.Api.Shoppers;
using BlazorStock.Web.Api.Waitlist;
using BlazorStock.Web.Carts;
using BlazorStock.Web.Staff;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Api.Shoppers;

/// <summary>Shopper tokens beside cart tokens, and the waitlist, over HTTP (issue 17).</summary>
public sealed class ShopperApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Password = "Shopper#Api2026";

    [Fact]
    public async Task A_shopper_token_makes_the_per_customer_limit_count_across_carts()
    {
        var drop = await factory.ProductAsync(10, d => d with { PerCustomerLimit = 1, RequiresSignIn = true });
        var token = await ShopperTokenAsync();
        using var first = await ShopperCartClientAsync(token);
        using var second = await ShopperCartClientAsync(token);
        using var anonymous = await factory.CartClientAsync();

        await ApiAssert.JsonAsync(await first.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(drop.Id, 1)), HttpStatusCode.Created);
        await ApiAssert.ProblemAsync(await second.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(drop.Id, 1)), HttpStatusCode.Conflict, "limit_exceeded");
        await ApiAssert.ProblemAsync(await anonymous.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(drop.Id, 1)), HttpStatusCode.Forbidden, "sign_in_required");
    }

    [Fact]
    public async Task Me_gives_the_account_cart_and_orders_and_needs_a_shopper_token()
    {
        var product = await factory.ProductAsync(10);
        var token = await ShopperTokenAsync();
        using var shopper = factory.BearerClient(token);
        var me = await ApiAssert.JsonAsync(await shopper.GetAsync("/api/shoppers/me"), HttpStatusCode.OK);
        using var accountCart = factory.BearerClient(token);
        accountCart.DefaultRequestHeaders.Add(CartIdentity.Header, me.GetProperty("cartToken").GetString());

        await ApiAssert.JsonAsync(await accountCart.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 2)), HttpStatusCode.Created);
        await ApiAssert.JsonAsync(await accountCart.PostAsJsonAsync("/api/cart/checkout", new CheckoutRequest("Ann")), HttpStatusCode.Created);
        var orders = await ApiAssert.JsonAsync(await shopper.GetAsync("/api/shoppers/me/orders"), HttpStatusCode.OK);

        Assert.Equal(2, Assert.Single(orders.EnumerateArray()).GetProperty("items").GetInt32());
        using var nobody = factory.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await nobody.GetAsync("/api/shoppers/me")).StatusCode);
        using var staff = await factory.StaffClientAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/api/shoppers/me")).StatusCode);
    }

    [Fact]
    public async Task Sign_up_refuses_a_taken_email_and_a_weak_password_and_staff_get_no_shopper_token()
    {
        var email = $"api-{Guid.NewGuid():N}@example.com";
        using var client = factory.Client();

        await ApiAssert.JsonAsync(await client.PostAsJsonAsync("/api/shoppers", new SignUpRequest(email, Password)), HttpStatusCode.Created);
        await ApiAssert.ProblemAsync(await client.PostAsJsonAsync("/api/shoppers", new SignUpRequest(email, Password)), HttpStatusCode.Conflict, "email_taken");
        await ApiAssert.ProblemAsync(await client.PostAsJsonAsync("/api/shoppers", new SignUpRequest($"x{email}", "short")), HttpStatusCode.BadRequest, "invalid_password");
        await ApiAssert.ProblemAsync(await client.PostAsJsonAsync("/api/shoppers/token", new LoginRequest(StaffSeeder.StaffEmail, ApiFactory.StaffPassword)), HttpStatusCode.Forbidden, "not_a_shopper");
    }

    [Fact]
    public async Task A_cart_joins_a_sold_out_products_waitlist_sees_its_place_and_leaves()
    {
        var lamp = await factory.ProductAsync(1);
        using var holder = await factory.CartClientAsync();
        using var waiter = await factory.CartClientAsync();
        await ApiAssert.ProblemAsync(await waiter.PostAsJsonAsync("/api/cart/waitlist", new JoinWaitlistRequest(lamp.Id)), HttpStatusCode.Conflict, "not_sold_out");
        await ApiAssert.JsonAsync(await holder.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(lamp.Id, 1)), HttpStatusCode.Created);

        var joined = await ApiAssert.JsonAsync(await waiter.PostAsJsonAsync("/api/cart/waitlist", new JoinWaitlistRequest(lamp.Id)), HttpStatusCode.Created);
        await ApiAssert.ProblemAsync(await waiter.PostAsJsonAsync("/api/cart/waitlist", new JoinWaitlistRequest(lamp.Id)), HttpStatusCode.Conflict, "already_waiting");
        Assert.Equal(1, joined.GetProperty("position").GetInt32());

        Assert.Equal(HttpStatusCode.NoContent, (await waiter.DeleteAsync($"/api/cart/waitlist/{lamp.Id}")).StatusCode);
        var place = await ApiAssert.JsonAsync(await waiter.GetAsync($"/api/cart/waitlist/{lamp.Id}"), HttpStatusCode.OK);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, place.GetProperty("position").ValueKind);
        await ApiAssert.ProblemAsync(await waiter.DeleteAsync($"/api/cart/waitlist/{lamp.Id}"), HttpStatusCode.NotFound, "waitlist_entry_not_found");
    }

    [Fact]
    public async Task Merging_an_anonymous_cart_moves_its_lines_into_the_account_cart()
    {
        var product = await factory.ProductAsync(10);
        var token = await ShopperTokenAsync();
        using var anonymous = await factory.CartClientAsync();
        await ApiAssert.JsonAsync(await anonymous.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 3)), HttpStatusCode.Created);
        using var merging = factory.BearerClient(token);
        merging.DefaultRequestHeaders.Add(CartIdentity.Header, anonymous.DefaultRequestHeaders.GetValues(CartIdentity.Header).Single());

        var merged = await ApiAssert.JsonAsync(await merging.PostAsync("/api/shoppers/me/merge", null), HttpStatusCode.OK);

        Assert.Equal(1, merged.GetProperty("moved").GetInt32());
        var cart = await ApiAssert.JsonAsync(await anonymous.GetAsync("/api/cart"), HttpStatusCode.OK);
        Assert.Empty(cart.GetProperty("holds").EnumerateArray());
    }

    [Fact]
    public async Task Deleting_the_account_needs_its_password_releases_its_holds_and_ends_its_token()
    {
        var product = await factory.ProductAsync(5);
        var token = await ShopperTokenAsync();
        using var shopper = await ShopperCartClientAsync(token);
        await ApiAssert.JsonAsync(await shopper.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 2)), HttpStatusCode.Created);

        using var wrong = new HttpRequestMessage(HttpMethod.Delete, "/api/shoppers/me") { Content = JsonContent.Create(new DeleteShopperRequest("Wrong#Password1")) };
        await ApiAssert.ProblemAsync(await shopper.SendAsync(wrong), HttpStatusCode.Forbidden, "invalid_credentials");
        using var right = new HttpRequestMessage(HttpMethod.Delete, "/api/shoppers/me") { Content = JsonContent.Create(new DeleteShopperRequest(Password)) };
        Assert.Equal(HttpStatusCode.NoContent, (await shopper.SendAsync(right)).StatusCode);

        Assert.Equal(5, await AvailableAsync(product.Id));
        await ApiAssert.ProblemAsync(await shopper.GetAsync("/api/shoppers/me"), HttpStatusCode.Unauthorized, "account_deleted");
    }

    private Task<int> AvailableAsync(int productId) =>
        factory.DbAsync(db => db.StockLevels.Where(l => l.ProductId == productId).SumAsync(l => l.OnHand - l.Reserved));

    private async Task<string> ShopperTokenAsync()
    {
        var email = $"api-{Guid.NewGuid():N}@example.com";
        using var client = factory.Client();
        await ApiAssert.JsonAsync(await client.PostAsJsonAsync("/api/shoppers", new SignUpRequest(email, Password)), HttpStatusCode.Created);
        var response = await client.PostAsJsonAsync("/api/shoppers/token", new LoginRequest(email, Password));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<LoginResponse>())!.AccessToken;
    }

    private async Task<HttpClient> ShopperCartClientAsync(string token)
    {
        var client = factory.BearerClient(token);
        client.DefaultRequestHeaders.Add(CartIdentity.Header, await factory.CartTokenAsync());
        return client;
    }
}
