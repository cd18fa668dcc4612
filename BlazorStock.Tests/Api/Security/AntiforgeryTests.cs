using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Api.Carts;
using BlazorStock.Web.Api.Stock;
using BlazorStock.Web.Carts;
using BlazorStock.Web.Staff;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Api.Security;

/// <summary>Cookie-authenticated writes need the antiforgery token; header-authenticated ones (bearer, cart token) do not.</summary>
public sealed class AntiforgeryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_staff_cookie_POST_without_the_antiforgery_token_is_rejected_and_changes_nothing()
    {
        var product = await factory.ProductAsync(5);
        var warehouse = await factory.WarehouseAsync();
        var cookie = await factory.StaffCookieAsync(StaffSeeder.StaffEmail);
        using var browser = factory.Client();
        browser.DefaultRequestHeaders.Add("Cookie", cookie);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/admin/holds")).StatusCode);
        var refused = await browser.PostAsJsonAsync("/api/stock/adjustments", new StockAdjustmentRequest(product.Id, warehouse.Id, 3, "Found"));

        await ApiAssert.ProblemAsync(refused, HttpStatusCode.BadRequest, "antiforgery_failed");
        Assert.Equal(5, await OnHandAsync(product.Id));

        var (antiforgeryCookie, token) = await AntiforgeryAsync(cookie);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/stock/adjustments") { Content = JsonContent.Create(new StockAdjustmentRequest(product.Id, warehouse.Id, 3, "Found")) };
        request.Headers.Add("Cookie", $"{cookie}; {antiforgeryCookie}");
        request.Headers.Add("RequestVerificationToken", token);
        using var plain = factory.Client();
        Assert.Equal(HttpStatusCode.OK, (await plain.SendAsync(request)).StatusCode);
        Assert.Equal(8, await OnHandAsync(product.Id));
    }

    [Fact]
    public async Task A_cart_cookie_POST_needs_the_token_but_the_cart_token_header_does_not()
    {
        var product = await factory.ProductAsync(5);
        var cart = await factory.CartTokenAsync();
        var cookie = $"{CartIdentity.CookieName}={cart}";
        using var browser = factory.Client();
        browser.DefaultRequestHeaders.Add("Cookie", cookie);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/cart")).StatusCode);
        await ApiAssert.ProblemAsync(await browser.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 1)), HttpStatusCode.BadRequest, "antiforgery_failed");
        await ApiAssert.ProblemAsync(await browser.PostAsync("/api/cart/checkout", null), HttpStatusCode.BadRequest, "antiforgery_failed");
        Assert.Equal(0, await factory.DbAsync(db => db.Holds.CountAsync(h => h.ProductId == product.Id)));

        var (antiforgeryCookie, token) = await AntiforgeryAsync(cookie);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cart/holds") { Content = JsonContent.Create(new CreateHoldRequest(product.Id, 1)) };
        request.Headers.Add("Cookie", $"{cookie}; {antiforgeryCookie}");
        request.Headers.Add("RequestVerificationToken", token);
        using var plain = factory.Client();
        Assert.Equal(HttpStatusCode.Created, (await plain.SendAsync(request)).StatusCode);

        using var apiClient = factory.Client();
        apiClient.DefaultRequestHeaders.Add(CartIdentity.Header, cart);
        apiClient.DefaultRequestHeaders.Add("Cookie", $"{cookie}; {await factory.StaffCookieAsync(StaffSeeder.StaffEmail)}");
        Assert.Equal(HttpStatusCode.OK, (await apiClient.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 1))).StatusCode);
    }

    [Fact]
    public async Task A_bearer_token_call_is_exempt_even_with_a_staff_cookie_beside_it()
    {
        var product = await factory.ProductAsync(5);
        var warehouse = await factory.WarehouseAsync();
        using var staff = await factory.StaffClientAsync();
        staff.DefaultRequestHeaders.Add("Cookie", await factory.StaffCookieAsync(StaffSeeder.StaffEmail));

        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync("/api/stock/adjustments", new StockAdjustmentRequest(product.Id, warehouse.Id, 1, "Found"))).StatusCode);
    }

    private async Task<(string Cookie, string Token)> AntiforgeryAsync(string cookie)
    {
        using var client = factory.Client();
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        var response = await client.GetAsync("/api/antiforgery");
        var body = await ApiAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal("RequestVerificationToken", body.GetProperty("headerName").GetString());
        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        return (setCookie.Split(';')[0], body.GetProperty("token").GetString()!);
    }

    private Task<int> OnHandAsync(int productId) => factory.DbAsync(db => db.StockLevels.Where(s => s.ProductId == productId).SumAsync(s => s.OnHand));
}
