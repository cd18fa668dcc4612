using System.Net.Http.Json;
using System.Text.Json;

namespace BlazorStock.Tests.Support;

/// <summary>A browser-like client signed in with the staff cookie, able to post forms with the antiforgery token.</summary>
public sealed class StaffSession : IDisposable
{
    private readonly HttpClient _client;
    private readonly string _cookies;
    private readonly string _token;

    private StaffSession(HttpClient client, string cookies, string token)
    {
        _client = client;
        _cookies = cookies;
        _token = token;
    }

    public static async Task<StaffSession> SignInAsync(ApiFactory factory, string email)
    {
        var cookie = await factory.StaffCookieAsync(email);
        var client = factory.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/antiforgery");
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var antiforgery = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)).Split(';')[0];
        return new StaffSession(client, $"{cookie}; {antiforgery}", body.GetProperty("token").GetString()!);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    /// <summary>Posts a form as a browser does: the antiforgery token travels as the form's hidden field.</summary>
    public Task<HttpResponseMessage> PostFormAsync(string path, IReadOnlyDictionary<string, string>? form = null)
    {
        var fields = new Dictionary<string, string>(form ?? new Dictionary<string, string>()) { ["__RequestVerificationToken"] = _token };
        return SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) });
    }

    public void Dispose() => _client.Dispose();

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            request.Headers.Add("Cookie", _cookies);
            return await _client.SendAsync(request);
        }
    }
}
