using System.Net;
using System.Net.Http.Json;
using System.Text;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Api.Carts;

namespace BlazorStock.Tests.Api.Errors;

/// <summary>Bad input of every kind is a 4xx problem, never a 500, and the server keeps working.</summary>
public sealed class MalformedInputTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static (string Body, string Code)[] BadBodies(int productId) =>
    [
        ("{\"productId\": 1, \"quantity\": ", "invalid_request"),
        ("not json at all", "invalid_request"),
        ("[1, 2, 3]", "invalid_request"),
        ("{\"productId\": 1, \"quantity\": \"2\"}", "invalid_request"),
        ("{\"productId\": 1, \"quantity\": 1.5}", "invalid_request"),
        ("{\"productId\": 1, \"quantity\": true}", "invalid_request"),
        ("{\"productId\": 1, \"quantity\": {\"n\": 1}}", "invalid_request"),
        ("{\"productId\": 1, \"quantity\": 99999999999999999999}", "invalid_request"),
        ("{\"productId\": 1, \"quantity\": null}", "invalid_request"),
        ("{\"productId\": 1}", "invalid_request"),
        ("", "invalid_request"),
        ($"{{\"productId\": {productId}, \"quantity\": -5}}", "invalid_quantity"),
        ($"{{\"productId\": {productId}, \"quantity\": 2147483647}}", "invalid_quantity"),
    ];

    [Fact]
    public async Task Malformed_json_wrong_types_and_bad_quantities_are_400_problems_and_the_server_stays_healthy()
    {
        var product = await factory.ProductAsync(10);
        using var client = await factory.CartClientAsync();

        foreach (var (body, code) in BadBodies(product.Id))
        {
            var response = await client.PostAsync("/api/cart/holds", new StringContent(body, Encoding.UTF8, "application/json"));
            var problem = await ApiAssert.ProblemAsync(response, HttpStatusCode.BadRequest, code);
            Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()), body);
            Assert.Equal(problem.GetProperty("requestId").GetString(), Assert.Single(response.Headers.GetValues("X-Request-Id")));
        }

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 1))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/products")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_type_names_the_field()
    {
        using var client = await factory.CartClientAsync();

        var response = await client.PostAsync("/api/cart/holds", new StringContent("{\"productId\": 1, \"quantity\": \"two\"}", Encoding.UTF8, "application/json"));

        var problem = await ApiAssert.ProblemAsync(response, HttpStatusCode.BadRequest, "invalid_request");
        Assert.Contains("$.quantity", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Unknown_fields_are_ignored()
    {
        var product = await factory.ProductAsync(10);
        using var client = await factory.CartClientAsync();

        var response = await client.PostAsync("/api/cart/holds",
            new StringContent($"{{\"productId\": {product.Id}, \"quantity\": 1, \"status\": \"Converted\", \"ownerId\": \"someone-else\"}}", Encoding.UTF8, "application/json"));

        var hold = await ApiAssert.JsonAsync(response, HttpStatusCode.Created);
        Assert.Equal("Active", hold.GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_oversized_body_is_413_and_a_wrong_content_type_415()
    {
        var product = await factory.ProductAsync(10);
        using var client = await factory.CartClientAsync();
        var huge = $"{{\"productId\": {product.Id}, \"quantity\": 1, \"padding\": \"{new string('x', 200_000)}\"}}";

        await ApiAssert.ProblemAsync(await client.PostAsync("/api/cart/holds", new StringContent(huge, Encoding.UTF8, "application/json")), HttpStatusCode.RequestEntityTooLarge, "body_too_large");
        await ApiAssert.ProblemAsync(await client.PostAsync("/api/cart/holds", new StringContent("productId=1", Encoding.UTF8, "text/plain")), HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 1))).StatusCode);
    }

    [Fact]
    public async Task Bad_query_values_and_route_values_are_4xx()
    {
        using var staff = await factory.StaffClientAsync();

        await ApiAssert.ProblemAsync(await staff.GetAsync("/api/admin/holds?status=Sleeping"), HttpStatusCode.BadRequest, "invalid_request");
        await ApiAssert.ProblemAsync(await staff.GetAsync("/api/admin/holds?limit=0"), HttpStatusCode.BadRequest, "invalid_limit");
        await ApiAssert.ProblemAsync(await staff.GetAsync("/api/orders?limit=abc"), HttpStatusCode.BadRequest, "invalid_request");
        await ApiAssert.ProblemAsync(await staff.GetAsync("/api/orders?cursor=%%%"), HttpStatusCode.BadRequest, "invalid_cursor");
        await ApiAssert.ProblemAsync(await staff.GetAsync("/api/audit?cursor=bm90LWEtbnVtYmVy"), HttpStatusCode.BadRequest, "invalid_cursor");
        await ApiAssert.ProblemAsync(await staff.GetAsync("/api/products/not-a-number"), HttpStatusCode.NotFound);
        await ApiAssert.ProblemAsync(await staff.GetAsync("/api/no-such-thing"), HttpStatusCode.NotFound, "not_found");
        await ApiAssert.ProblemAsync(await staff.PatchAsync("/api/orders", null), HttpStatusCode.MethodNotAllowed, "method_not_allowed");
    }

    [Fact]
    public async Task Enum_values_must_be_names_not_numbers()
    {
        var product = await factory.ProductAsync(10);
        using var staff = await factory.StaffClientAsync();
        var order = await ApiAssert.JsonAsync(await staff.PostAsJsonAsync("/api/orders", new { customer = "Enum", lines = new[] { new { productId = product.Id, quantity = 1 } } }), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();

        await ApiAssert.ProblemAsync(await staff.PostAsync($"/api/orders/{id}/transition", new StringContent("{\"to\": 5}", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest, "invalid_request");
        await ApiAssert.ProblemAsync(await staff.PostAsync($"/api/orders/{id}/transition", new StringContent("{\"to\": \"Teleported\"}", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest, "invalid_request");
    }
}
