using System.Net;
using System.Net.Http.Json;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Holds;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Api.Carts;
using BlazorStock.Web.Carts;
using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BlazorStock.Tests.Reliability;

/// <summary>
/// A product name, a staff reason and a customer name carrying markup are shown as text on every page that
/// shows them, storefront and back office, as the server renders them (prerendered HTML), never as markup (issue 19).
/// </summary>
public sealed class MarkupAsTextTests
{
    private const string ProductName = "Lamp <script>alert('name')</script><img src=x onerror=alert(1)>";
    private const string Customer = "<img src=y onerror=alert(2)>Eve";
    private const string Reason = "<script>alert('reason')</script> broken";

    [Fact]
    public async Task Names_reasons_and_customers_with_markup_render_as_text_on_every_page_that_shows_them()
    {
        await using var factory = new ApiFactory();
        var product = await factory.ProductAsync(10, d => d with { Description = "<b onmouseover=alert(3)>bold</b>", Category = "<i>Lamps</i>" }, name: ProductName);

        var buyer = await factory.CartTokenAsync();
        using (var cart = CartClient(factory, buyer))
        {
            await ApiAssert.JsonAsync(await cart.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 1)), HttpStatusCode.Created);
        }

        Guid orderId;
        using (var cart = CartClient(factory, buyer))
        {
            orderId = (await ApiAssert.JsonAsync(await cart.PostAsJsonAsync("/api/cart/checkout", new CheckoutRequest(Customer)), HttpStatusCode.Created)).GetProperty("orderId").GetGuid();
        }

        var released = await factory.CartTokenAsync();
        Guid holdId;
        using (var cart = CartClient(factory, released))
        {
            holdId = (await ApiAssert.JsonAsync(await cart.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 1)), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        }

        await factory.RunAsync<HoldService, HoldSnapshot>(h => h.ReleaseAsStaffAsync(holdId, Reason, CancellationToken.None));
        var staff = await factory.StaffCookieAsync(StaffSeeder.AdminEmail);
        var shopper = $"{CartIdentity.CookieName}={released}";
        var orderer = $"{CartIdentity.CookieName}={buyer}";

        var pages = new (string Path, string Cookie, string[] Shows)[]
        {
            ("/", shopper, [ProductName]),
            ($"/products/{product.Id}", shopper, [ProductName, "<b onmouseover=alert(3)>bold</b>"]),
            ("/cart", shopper, [ProductName, Reason]),
            ($"/orders/{orderId}", orderer, [ProductName, Customer]),
            ("/orders", orderer, [ProductName]),
            ("/staff", staff, [ProductName]),
            // The holds grid loads after the first render: MarkupInHoldsGridTests renders it.
            ("/staff/history", staff, [ProductName, Reason]),
            ($"/staff/history/hold/{holdId}", staff, [ProductName, Reason]),
            ($"/staff/history/product/{product.Id}", staff, [ProductName, Reason]),
            ("/staff/orders", staff, [Customer]),
            ($"/staff/orders/{orderId}", staff, [ProductName, Customer]),
            ("/staff/stock", staff, [ProductName]),
            ($"/staff/catalog/{product.Id}", staff, [ProductName]),
            ("/staff/analytics", staff, [ProductName]),
        };

        foreach (var (path, cookie, shows) in pages)
        {
            var html = await PageAsync(factory, path, cookie);
            var text = WebUtility.HtmlDecode(html);
            foreach (var markup in new[] { "<script>alert(", "<img src=x onerror", "<img src=y onerror", "<b onmouseover", "<i>Lamps</i>" })
            {
                Assert.False(html.Contains(markup, StringComparison.OrdinalIgnoreCase), $"{path} renders '{markup}' as markup");
            }

            Assert.All(shows, shown => Assert.True(text.Contains(shown, StringComparison.Ordinal), $"{path} does not show '{shown}'"));
        }
    }

    private static HttpClient CartClient(ApiFactory factory, string token)
    {
        var client = factory.Client();
        client.DefaultRequestHeaders.Add(CartIdentity.Header, token);
        return client;
    }

    private static async Task<string> PageAsync(ApiFactory factory, string path, string cookie)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }
}
