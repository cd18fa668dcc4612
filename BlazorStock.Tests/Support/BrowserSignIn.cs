using System.Net;
using System.Text.RegularExpressions;
using BlazorStock.Web.Staff.Account;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BlazorStock.Tests.Support;

/// <summary>
/// The staff sign-in page as a browser uses it: its antiforgery cookie and hidden token from a GET, then the
/// form's posts. Each answer says where it redirects and what became of the staff cookie.
/// </summary>
public sealed partial class BrowserSignIn
{
    public const string StaffCookieName = ".AspNetCore.Identity.Application";
    private readonly WebApplicationFactory<Program> _factory;
    private readonly string _token;

    private BrowserSignIn(WebApplicationFactory<Program> factory, string token, string antiforgeryCookie, IReadOnlyList<string> setCookies)
    {
        _factory = factory;
        _token = token;
        AntiforgeryCookie = antiforgeryCookie;
        PageCookies = setCookies;
    }

    public string AntiforgeryCookie { get; }

    /// <summary>The Set-Cookie headers of the page itself.</summary>
    public IReadOnlyList<string> PageCookies { get; }

    /// <summary>Opens a sign-in page (the staff one unless <paramref name="page"/> says), as the browser holding <paramref name="staffCookie"/> (if any).</summary>
    public static async Task<BrowserSignIn> OpenAsync(WebApplicationFactory<Program> factory, string? staffCookie = null, string page = "/staff/sign-in")
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, page);
        if (staffCookie is not null)
        {
            request.Headers.Add("Cookie", staffCookie);
        }

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        var setCookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        var antiforgery = setCookies.Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)).Split(';')[0];
        return new BrowserSignIn(factory, WebUtility.HtmlDecode(HiddenToken().Match(html).Groups[1].Value), antiforgery, setCookies);
    }

    public Task<Posted> SignInAsync(string email, string password, string returnUrl = "/staff", bool withToken = true) =>
        PostAsync(AccountEndpoints.SignInAction, new() { ["Email"] = email, ["Password"] = password, ["ReturnUrl"] = returnUrl }, null, withToken);

    public async Task<Posted> PostAsync(string path, Dictionary<string, string> fields, string? staffCookie, bool withToken = true)
    {
        if (withToken)
        {
            fields["__RequestVerificationToken"] = _token;
        }

        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Cookie", string.Join("; ", new[] { AntiforgeryCookie, staffCookie }.OfType<string>()));
        using var response = await client.SendAsync(request);
        var setCookie = response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.FirstOrDefault(c => c.StartsWith(StaffCookieName + "=", StringComparison.Ordinal))
            : null;
        return new Posted(response.StatusCode, response.Headers.Location?.OriginalString, setCookie);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex HiddenToken();

    /// <param name="SetStaffCookie">The staff cookie's whole Set-Cookie header, attributes included; null when none was set.</param>
    public sealed record Posted(HttpStatusCode Status, string? Location, string? SetStaffCookie)
    {
        /// <summary>The cookie as the browser sends it back; empty when the answer cleared it.</summary>
        public string? StaffCookie => SetStaffCookie?.Split(';')[0] is { } cookie ? (cookie == StaffCookieName + "=" ? "" : cookie) : null;
    }
}
