using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BlazorStock.Tests.Api.Carts;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Api.Carts;

namespace BlazorStock.Tests.Api.Audit;

public sealed class AuditApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Entries_carry_the_request_id_and_filter_by_object_newest_first()
    {
        var product = await factory.ProductAsync(5);
        using var cart = await factory.CartClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cart/holds") { Content = JsonContent.Create(new CreateHoldRequest(product.Id, 1)) };
        request.Headers.Add("X-Request-Id", "audit-test-42");
        var created = await cart.SendAsync(request);
        Assert.Equal("audit-test-42", created.Headers.GetValues("X-Request-Id").Single());
        var hold = (await ApiAssert.JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await cart.PostAsync($"/api/cart/holds/{hold}/extend", null);
        using var staff = await factory.StaffClientAsync();

        var page = await ApiAssert.JsonAsync(await staff.GetAsync($"/api/audit?objectType=Hold&objectId={hold}"), HttpStatusCode.OK);

        var entries = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(new[] { "hold.extended", "hold.created" }, entries.Select(e => e.GetProperty("action").GetString()!));
        Assert.Equal("audit-test-42", entries[1].GetProperty("correlationId").GetString());
        Assert.Equal(JsonValueKind.Object, entries[1].GetProperty("newValues").ValueKind);
    }

    [Fact]
    public async Task The_log_pages_by_keyset()
    {
        var product = await factory.ProductAsync(5);
        using var staff = await factory.StaffClientAsync();
        var ids = new List<long>();
        string? cursor = null;
        for (var i = 0; i < 3; i++)
        {
            var page = await ApiAssert.JsonAsync(await staff.GetAsync($"/api/audit?limit=2{(cursor is null ? "" : $"&cursor={cursor}")}"), HttpStatusCode.OK);
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
            cursor = page.GetProperty("nextCursor").GetString();
            Assert.NotNull(cursor);
        }

        Assert.Equal(6, ids.Distinct().Count());
        Assert.Equal(ids.OrderDescending(), ids);
        Assert.True(product.Id > 0);
    }
}
