using System.Net;
using System.Net.Http.Json;
using System.Text;
using BlazorStock.Domain;
using BlazorStock.Domain.Consistency;
using BlazorStock.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Reliability;

/// <summary>What the API fuzzer found (issue 19), each pinned by a request of its own so it stays fixed whatever the fuzzer's seed.</summary>
public sealed class FuzzFindingsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    [InlineData("image/png")]
    public async Task Api_errors_are_problem_details_whatever_the_client_accepts(string accept)
    {
        using var client = factory.Client();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", accept);

        await ApiAssert.ProblemAsync(await client.GetAsync("/api/admin/holds"), HttpStatusCode.Unauthorized);
        await ApiAssert.ProblemAsync(await client.GetAsync("/api/no-such-thing"), HttpStatusCode.NotFound);
        await ApiAssert.ProblemAsync(await client.PostAsync("/api/auth/login", new StringContent("{", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task Null_lines_and_null_components_are_400_not_500()
    {
        using var staff = await factory.StaffClientAsync();

        await ApiAssert.ProblemAsync(await Json(staff, "/api/orders", "{\"customer\": \"Ada\", \"lines\": [null]}"), HttpStatusCode.BadRequest, ErrorCodes.InvalidQuantity);
        await ApiAssert.ProblemAsync(await Json(staff, "/api/orders/check-availability", "{\"lines\": [null]}"), HttpStatusCode.BadRequest, ErrorCodes.InvalidQuantity);
        await ApiAssert.ProblemAsync(await Json(staff, "/api/products", "{\"sku\": \"K-1\", \"name\": \"Kit\", \"price\": 1, \"components\": [null]}"), HttpStatusCode.BadRequest, ErrorCodes.InvalidKit);
    }

    [Fact]
    public async Task Quantities_past_what_an_int_holds_are_refused_not_overflowed()
    {
        var product = await factory.ProductAsync(5);
        var warehouse = await factory.WarehouseAsync();
        using var staff = await factory.StaffClientAsync();

        var lines = $"[{{\"productId\": {product.Id}, \"quantity\": {int.MaxValue}}}, {{\"productId\": {product.Id}, \"quantity\": {int.MaxValue}}}]";
        await ApiAssert.ProblemAsync(await Json(staff, "/api/orders", $"{{\"customer\": \"Ada\", \"lines\": {lines}}}"), HttpStatusCode.BadRequest, ErrorCodes.InvalidQuantity);
        await ApiAssert.ProblemAsync(await Json(staff, "/api/orders/check-availability", $"{{\"lines\": {lines}}}"), HttpStatusCode.BadRequest, ErrorCodes.InvalidQuantity);

        var adjust = $"{{\"productId\": {product.Id}, \"warehouseId\": {warehouse.Id}, \"delta\": {int.MaxValue}, \"reason\": \"Huge delivery\"}}";
        await ApiAssert.ProblemAsync(await Json(staff, "/api/stock/adjustments", adjust), HttpStatusCode.BadRequest, ErrorCodes.InvalidQuantity);
        Assert.Equal(5, (await factory.DbAsync(db => db.StockLevels.SingleAsync(s => s.ProductId == product.Id))).OnHand);
    }

    [Fact]
    public async Task A_product_with_stock_keeps_how_it_is_tracked()
    {
        var product = await factory.ProductAsync(5);
        using var staff = await factory.StaffClientAsync();

        var serialized = await staff.PutAsJsonAsync($"/api/products/{product.Id}", new { sku = product.Sku, name = product.Name, price = 10, tracking = "Serialized" });

        await ApiAssert.ProblemAsync(serialized, HttpStatusCode.BadRequest, ErrorCodes.InvalidProduct);
        Assert.Empty(await factory.RunAsync<ConsistencyService, List<ConsistencyFinding>>(c => c.CheckAsync(CancellationToken.None)));
    }

    private static Task<HttpResponseMessage> Json(HttpClient client, string path, string body) =>
        client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
}
