using System.Net.Http.Json;
using System.Text.Json;

namespace BlazorStock.Bench;

/// <summary>What a shopper's client does over the public API.</summary>
public static class Shop
{
    public static async Task<string> CreateCartAsync(HttpClient client)
    {
        using var response = await client.PostAsync("/api/carts", null);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("cartToken").GetString()!;
    }

    public static Task<Reply> HoldAsync(HttpClient client, string cart, int productId, int quantity) =>
        SendAsync(client, HttpMethod.Post, "/api/cart/holds", cart, new { productId, quantity });

    public static Task<Reply> ChangeAsync(HttpClient client, string cart, Guid holdId, int quantity) =>
        SendAsync(client, HttpMethod.Put, $"/api/cart/holds/{holdId}", cart, new { quantity });

    public static Task<Reply> ExtendAsync(HttpClient client, string cart, Guid holdId) =>
        SendAsync(client, HttpMethod.Post, $"/api/cart/holds/{holdId}/extend", cart, null);

    public static Task<Reply> ReleaseAsync(HttpClient client, string cart, Guid holdId) =>
        SendAsync(client, HttpMethod.Delete, $"/api/cart/holds/{holdId}", cart, null);

    public static Task<Reply> CheckoutAsync(HttpClient client, string cart) =>
        SendAsync(client, HttpMethod.Post, "/api/cart/checkout", cart, new { customer = "Bench" });

    private static async Task<Reply> SendAsync(HttpClient client, HttpMethod method, string path, string cart, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Cart-Token", cart);
        if (body is not null)
        {
            // Buffered, so the request has a Content-Length as a browser's fetch does, not chunked encoding.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, JsonSerializerOptions.Web));
            request.Content.Headers.ContentType = new("application/json");
        }

        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        var json = response.Content.Headers.ContentLength == 0 ? default : await response.Content.ReadFromJsonAsync<JsonElement>();
        var code = status >= 400 && json.ValueKind == JsonValueKind.Object && json.TryGetProperty("code", out var c) ? c.GetString() : null;
        var id = status < 300 && json.ValueKind == JsonValueKind.Object && json.TryGetProperty("id", out var i) && i.TryGetGuid(out var g) ? g : (Guid?)null;
        return new Reply(status, code, id);
    }
}
