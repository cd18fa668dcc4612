using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BlazorStock.Tests.Support;

/// <summary>
/// One browser's worth of HTTP: its own cookies (cart, antiforgery), posting forms either as htmx does
/// (header token, HX-Request) or as a plain form without JavaScript (hidden field, redirect not followed).
/// </summary>
public sealed partial class Shopper(HttpClient client) : IDisposable
{
    private string? _token;

    public HttpClient Http => client;

    public static Shopper For(WebApplicationFactory<Program> factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    public async Task<string> PageAsync(string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} → {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    public Task<HttpResponseMessage> HtmxAsync(string path, object? form = null, string? target = null) => PostAsync(path, form, htmx: true, target);

    public Task<HttpResponseMessage> PlainPostAsync(string path, object? form = null) => PostAsync(path, form, htmx: false, null);

    public async Task<HttpResponseMessage> PostAsync(string path, object? form, bool htmx, string? target, bool withToken = true)
    {
        var fields = (form?.GetType().GetProperties() ?? []).ToDictionary(p => p.Name, p => Convert.ToString(p.GetValue(form), System.Globalization.CultureInfo.InvariantCulture) ?? "");
        var request = new HttpRequestMessage(HttpMethod.Post, path);
        var token = withToken ? await TokenAsync() : null;
        if (htmx)
        {
            request.Headers.Add("HX-Request", "true");
            if (target is not null)
            {
                request.Headers.Add("HX-Target", target);
            }

            if (token is not null)
            {
                request.Headers.Add("RequestVerificationToken", token);
            }
        }
        else if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        request.Content = new FormUrlEncodedContent(fields);
        return await client.SendAsync(request);
    }

    /// <summary>Adds to the cart as htmx does; asserts it succeeded.</summary>
    public async Task AddAsync(int productId, int quantity = 1)
    {
        var response = await HtmxAsync("/cart/items", new { productId, quantity });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose() => client.Dispose();

    private async Task<string> TokenAsync()
    {
        if (_token is null)
        {
            var html = await PageAsync("/cart");
            _token = TokenField().Match(html) is { Success: true } match
                ? WebUtility.HtmlDecode(match.Groups[1].Value)
                : Regex.Match(html, "<meta name=\"csrf-token\" content=\"([^\"]+)\"").Groups[1].Value;
        }

        return _token;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
