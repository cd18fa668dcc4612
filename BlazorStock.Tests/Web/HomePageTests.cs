using System.Net;
using BlazorStock.Tests.Support;

namespace BlazorStock.Tests.Web;

public sealed class HomePageTests
{
    [Fact]
    public async Task Home_page_renders_the_seeded_catalog_with_request_id_header()
    {
        await using var factory = new BlazorStockFactory();
        factory.Settings["Seed:DemoData"] = "true";
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Home Office Bundle", html);
        Assert.Contains("Studio Camera X100", html);
        Assert.True(response.Headers.Contains("X-Request-Id"));
    }

    [Fact]
    public async Task Static_assets_from_npm_are_served_locally()
    {
        await using var factory = new BlazorStockFactory();
        using var client = factory.CreateClient();

        foreach (var path in new[] { "/lib/bootstrap/css/bootstrap.min.css", "/lib/htmx/htmx.min.js", "/lib/signalr/signalr.min.js", "/lib/chart.js/chart.umd.js", "/lib/app/site.js" })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} → {(int)response.StatusCode}");
        }
    }
}
