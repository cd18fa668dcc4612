using System.Net;
using System.Net.Http.Json;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Api.Carts;
using BlazorStock.Web.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Api.Idempotency;

public sealed class IdempotencyTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_same_key_and_body_replays_the_stored_response_and_holds_once()
    {
        var product = await factory.ProductAsync(10);
        using var client = await factory.CartClientAsync();

        var first = await SendAsync(client, "key-1", new CreateHoldRequest(product.Id, 2));
        var second = await SendAsync(client, "key-1", new CreateHoldRequest(product.Id, 2));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal("application/json", second.Content.Headers.ContentType?.MediaType);
        Assert.True(second.Headers.Contains(StoredResponse.ReplayedHeader));
        Assert.False(first.Headers.Contains(StoredResponse.ReplayedHeader));
        var hold = await factory.DbAsync(db => db.Holds.AsNoTracking().SingleAsync(h => h.ProductId == product.Id));
        Assert.Equal(2, hold.Quantity);
    }

    [Fact]
    public async Task The_same_key_with_a_different_body_is_422_and_changes_nothing()
    {
        var product = await factory.ProductAsync(10);
        using var client = await factory.CartClientAsync();
        await SendAsync(client, "key-2", new CreateHoldRequest(product.Id, 1));

        await ApiAssert.ProblemAsync(await SendAsync(client, "key-2", new CreateHoldRequest(product.Id, 3)), HttpStatusCode.UnprocessableEntity, "idempotency_key_reused");

        Assert.Equal(1, await factory.DbAsync(db => db.Holds.Where(h => h.ProductId == product.Id).SumAsync(h => h.Quantity)));
    }

    [Fact]
    public async Task Twenty_concurrent_duplicates_make_exactly_one_hold()
    {
        var product = await factory.ProductAsync(100);
        using var client = await factory.CartClientAsync();

        using var start = new ManualResetEventSlim();
        var requests = Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return await SendAsync(client, "burst", new CreateHoldRequest(product.Id, 3));
        })).ToList();
        start.Set();
        var responses = await Task.WhenAll(requests);

        // The first runs; the rest were either still waiting on it (409) or got its stored 201.
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var inFlight in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            await ApiAssert.ProblemAsync(inFlight, HttpStatusCode.Conflict, "idempotency_in_flight");
        }

        var holds = await factory.DbAsync(db => db.Holds.AsNoTracking().Where(h => h.ProductId == product.Id).ToListAsync());
        Assert.Equal(3, Assert.Single(holds).Quantity);
        Assert.Equal(1, await factory.DbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "hold.created" && a.ObjectId == holds[0].Id.ToString())));
    }

    [Fact]
    public async Task Keys_are_scoped_to_the_cart()
    {
        var product = await factory.ProductAsync(10);
        using var cartA = await factory.CartClientAsync();
        using var cartB = await factory.CartClientAsync();

        Assert.Equal(HttpStatusCode.Created, (await SendAsync(cartA, "shared-key", new CreateHoldRequest(product.Id, 1))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(cartB, "shared-key", new CreateHoldRequest(product.Id, 1))).StatusCode);

        Assert.Equal(2, await factory.DbAsync(db => db.Holds.CountAsync(h => h.ProductId == product.Id)));
    }

    [Fact]
    public async Task A_refusal_is_stored_and_replayed_too()
    {
        var product = await factory.ProductAsync(1);
        using var client = await factory.CartClientAsync();

        await ApiAssert.ProblemAsync(await SendAsync(client, "too-many", new CreateHoldRequest(product.Id, 2)), HttpStatusCode.Conflict, "insufficient_stock");
        var warehouse = await factory.WarehouseAsync();
        await factory.RunAsync<Domain.Stock.StockService, Domain.Stock.StockLevel>(s => s.AdjustAsync(product.Id, warehouse.Id, 5, "More", CancellationToken.None));
        var replay = await SendAsync(client, "too-many", new CreateHoldRequest(product.Id, 2));

        await ApiAssert.ProblemAsync(replay, HttpStatusCode.Conflict, "insufficient_stock");
        Assert.True(replay.Headers.Contains(StoredResponse.ReplayedHeader));
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(client, "a-new-key", new CreateHoldRequest(product.Id, 2))).StatusCode);
    }

    [Fact]
    public async Task Checkout_and_pay_replay_the_same_order()
    {
        var product = await factory.ProductAsync(10);
        using var client = await factory.CartClientAsync();
        await CreateHoldAsync(client, product.Id);

        var first = await PostAsync(client, "/api/cart/checkout", "checkout-1", new CheckoutRequest("Ada"));
        var again = await PostAsync(client, "/api/cart/checkout", "checkout-1", new CheckoutRequest("Ada"));
        var order = (await ApiAssert.JsonAsync(first, HttpStatusCode.Created)).GetProperty("orderId").GetGuid();
        Assert.Equal(order, (await ApiAssert.JsonAsync(again, HttpStatusCode.Created)).GetProperty("orderId").GetGuid());

        var paid = await PostAsync(client, $"/api/orders/{order}/pay", "pay-1", new { outcome = "succeed" });
        var paidAgain = await PostAsync(client, $"/api/orders/{order}/pay", "pay-1", new { outcome = "succeed" });
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        Assert.Equal(HttpStatusCode.OK, paidAgain.StatusCode);
        await ApiAssert.ProblemAsync(await PostAsync(client, $"/api/orders/{order}/pay", "pay-2", new { outcome = "succeed" }), HttpStatusCode.Conflict, "already_paid");
        Assert.Equal(1, await factory.DbAsync(db => db.Orders.CountAsync(o => o.Customer == "Ada" && o.Id == order)));
    }

    [Fact]
    public async Task Staff_order_creation_is_idempotent_per_user()
    {
        var product = await factory.ProductAsync(10);
        using var staff = await factory.StaffClientAsync();
        var body = new { customer = "Idempotent Ltd", lines = new[] { new { productId = product.Id, quantity = 1 } }, reserve = false };

        var first = await PostAsync(staff, "/api/orders", "order-1", body);
        var second = await PostAsync(staff, "/api/orders", "order-1", body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await factory.DbAsync(db => db.Orders.CountAsync(o => o.Customer == "Idempotent Ltd")));
    }

    [Theory]
    [InlineData(256)]
    [InlineData(0)]
    public async Task A_key_longer_than_255_characters_or_with_spaces_is_400(int length)
    {
        var product = await factory.ProductAsync(10);
        using var client = await factory.CartClientAsync();
        var key = length == 0 ? "has space" : new string('k', length);

        await ApiAssert.ProblemAsync(await SendAsync(client, key, new CreateHoldRequest(product.Id, 1)), HttpStatusCode.BadRequest, "invalid_idempotency_key");
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(client, new string('k', 255), new CreateHoldRequest(product.Id, 1))).StatusCode);
    }

    [Fact]
    public async Task Keys_are_kept_24_hours_then_free_again_and_pruned()
    {
        var product = await factory.ProductAsync(10);
        using var client = await factory.CartClientAsync();
        await SendAsync(client, "day-key", new CreateHoldRequest(product.Id, 1));

        factory.Time.Advance(TimeSpan.FromHours(23));
        var replay = await SendAsync(client, "day-key", new CreateHoldRequest(product.Id, 1));
        Assert.True(replay.Headers.Contains(StoredResponse.ReplayedHeader), $"{(int)replay.StatusCode} {await replay.Content.ReadAsStringAsync()}");
        factory.Time.Advance(TimeSpan.FromHours(2));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<IdempotencyStore>().PruneAsync(CancellationToken.None) >= 1);
        }

        // Processed afresh, not replayed: the first hold ran out long ago (no hold outlives Holds:MaxAge), so a new one.
        var after = await SendAsync(client, "day-key", new CreateHoldRequest(product.Id, 1));
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
        Assert.False(after.Headers.Contains(StoredResponse.ReplayedHeader));
        Assert.Equal(2, await factory.DbAsync(db => db.Holds.Where(h => h.ProductId == product.Id).SumAsync(h => h.Quantity)));
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string key, CreateHoldRequest body) => PostAsync(client, "/api/cart/holds", key, body);

    private static async Task<HttpResponseMessage> PostAsync<T>(HttpClient client, string path, string key, T body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation(IdempotencyOptions.Header, key);
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static async Task CreateHoldAsync(HttpClient client, int productId) =>
        await ApiAssert.JsonAsync(await client.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(productId, 1)), HttpStatusCode.Created);
}
