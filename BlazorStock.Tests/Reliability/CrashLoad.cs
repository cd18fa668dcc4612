using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace BlazorStock.Tests.Reliability;

/// <summary>
/// Shoppers holding, growing, extending, checking out and paying, and a member of staff restocking and
/// cancelling paid orders, all at once against one server until it is killed (issue 19). Every 2xx read in
/// full goes into <see cref="Acknowledged"/>; a request cut off by the kill acknowledges nothing.
/// </summary>
public sealed class CrashLoad(HttpClient client, Acknowledged acknowledged, IReadOnlyList<int> products, IReadOnlyList<(int Product, int Warehouse)> restockable)
{
    private int _sent;
    private int _cut;
    private int _refused;
    private volatile bool _killed;

    public int Sent => _sent;

    /// <summary>Requests that got no answer: in flight when the server died (none are sent after <see cref="Killing"/>).</summary>
    public int Cut => _cut;

    /// <summary>4xx answers (no stock left, a limit): refusals, never failures.</summary>
    public int Refused => _refused;

    /// <summary>Answers that should never happen: any 5xx.</summary>
    public List<string> Failures { get; } = [];

    /// <summary>Called just before the kill: from here on the clients send nothing new, so <see cref="Cut"/> counts only what was in flight.</summary>
    public void Killing() => _killed = true;

    public Task RunAsync(int shoppers, string staffToken, int seed, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, shoppers).Select(i => ShopAsync(new Random(seed + i), stop)).Append(StaffAsync(staffToken, new Random(seed - 1), stop)));

    private async Task ShopAsync(Random random, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var cart = acknowledged.NewCart();
            if (await SendAsync(HttpMethod.Post, "/api/carts", null, null, stop) is not { } created)
            {
                return;
            }

            var token = created.GetProperty("cartToken").GetString()!;
            var held = new List<Guid>();
            foreach (var product in products.OrderBy(_ => random.Next()).Take(random.Next(1, 4)))
            {
                if (await SendAsync(HttpMethod.Post, "/api/cart/holds", new { productId = product, quantity = random.Next(1, 3) }, token, stop) is not { } hold)
                {
                    continue;
                }

                acknowledged.Held(cart, hold.GetProperty("id").GetGuid(), hold.GetProperty("quantity").GetInt32(), ExpiresAt(hold));
                held.Add(hold.GetProperty("id").GetGuid());
                if (random.Next(5) == 0 && await SendAsync(HttpMethod.Post, "/api/cart/holds", new { productId = product, quantity = 1 }, token, stop) is { } grown)
                {
                    acknowledged.Held(cart, grown.GetProperty("id").GetGuid(), grown.GetProperty("quantity").GetInt32(), ExpiresAt(grown));
                }
            }

            if (held.Count > 0 && random.Next(3) == 0)
            {
                var id = held[random.Next(held.Count)];
                if (await SendAsync(HttpMethod.Post, $"/api/cart/holds/{id}/extend", null, token, stop) is { } extended)
                {
                    acknowledged.Extended(id, ExpiresAt(extended));
                }
            }

            if (held.Count == 0 || random.Next(5) < 2)
            {
                continue;
            }

            if (await SendAsync(HttpMethod.Post, "/api/cart/checkout", new { customer = $"Crash shopper {cart}" }, token, stop) is not { } order)
            {
                continue;
            }

            var orderId = order.GetProperty("orderId").GetGuid();
            acknowledged.CheckedOut(cart, orderId);
            if (random.Next(5) == 0)
            {
                continue;
            }

            var decline = random.Next(8) == 0;
            // A declined payment is a 402, acknowledged as nothing: the order stays unpaid until a payment succeeds.
            if (await SendAsync(HttpMethod.Post, $"/api/orders/{orderId}/pay", new { outcome = decline ? "Decline" : "Succeed" }, token, stop) is not null)
            {
                acknowledged.Paid(orderId);
            }
        }
    }

    private async Task StaffAsync(string token, Random random, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var (product, warehouse) = restockable[random.Next(restockable.Count)];
            await SendAsync(HttpMethod.Post, "/api/stock/adjustments", new { productId = product, warehouseId = warehouse, delta = 3, reason = "Crash test delivery" }, null, stop, token);
            if (random.Next(4) == 0 && acknowledged.PaidOrderToCancel(random) is { } order
                && await SendAsync(HttpMethod.Delete, $"/api/orders/{order}", null, null, stop, token) is not null)
            {
                acknowledged.Cancelled(order);
            }

            try
            {
                await Task.Delay(random.Next(20, 80), stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>The answer's JSON when it was a 2xx read in full; null for a refusal or when the server went away.</summary>
    private async Task<JsonElement?> SendAsync(HttpMethod method, string path, object? body, string? cartToken, CancellationToken stop, string? bearer = null)
    {
        if (stop.IsCancellationRequested || _killed)
        {
            return null;
        }

        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (cartToken is not null)
        {
            request.Headers.Add("X-Cart-Token", cartToken);
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new("Bearer", bearer);
        }

        Interlocked.Increment(ref _sent);
        try
        {
            // Not the stop token: a request already sent is left to finish or to be cut by the kill, never abandoned by us.
            using var response = await client.SendAsync(request, CancellationToken.None);
            var text = await response.Content.ReadAsStringAsync(CancellationToken.None);
            if ((int)response.StatusCode >= 500)
            {
                lock (Failures)
                {
                    Failures.Add($"{method} {path} → {(int)response.StatusCode}: {text}");
                }

                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref _refused);
                return null;
            }

            return response.StatusCode == HttpStatusCode.NoContent ? JsonDocument.Parse("{}").RootElement : JsonDocument.Parse(text).RootElement;
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException)
        {
            Interlocked.Increment(ref _cut);
            return null;
        }
    }

    private static DateTimeOffset? ExpiresAt(JsonElement hold) =>
        hold.GetProperty("expiresAt") is { ValueKind: JsonValueKind.String } at ? at.GetDateTimeOffset() : null;
}
