using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using BlazorStock.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Api.Security;

/// <summary>The 401/403 matrix, generated from the app's own endpoint list so a new staff endpoint cannot be missed.</summary>
public sealed class StaffAuthorizationMatrixTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Every_api_endpoint_is_either_declared_public_or_requires_a_staff_policy()
    {
        using var client = factory.Client();
        await client.GetAsync("/api/products");
        var endpoints = ApiEndpoints.All(factory.Services);

        Assert.True(endpoints.Count >= 25, $"only {endpoints.Count} endpoints found");
        var unprotected = endpoints.Where(e => !e.IsStaff && !ApiEndpoints.Public.Contains(e.Name)).ToList();
        Assert.True(unprotected.Count == 0, $"Neither public nor staff-only: {string.Join(", ", unprotected)}");
        var stale = ApiEndpoints.Public.Except(endpoints.Select(e => e.Name)).ToList();
        Assert.True(stale.Count == 0, $"Declared public but not mapped: {string.Join(", ", stale)}");
        Assert.DoesNotContain(endpoints, e => !e.IsStaff && Regex.IsMatch(e.Pattern, "register|account|user|role", RegexOptions.IgnoreCase));
        Assert.Contains(endpoints, e => e.IsAdminOnly);
        Assert.Contains(endpoints, e => e.Name == "GET /api/reports/daily" && e.IsStaff && !e.IsAdminOnly);
    }

    [Fact]
    public async Task Anonymous_callers_get_401_from_every_staff_endpoint()
    {
        using var client = factory.Client();

        await AssertEveryStaffEndpointAsync(client, _ => HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_account_without_a_staff_role_gets_403_from_every_staff_endpoint_by_token_and_by_cookie()
    {
        using var byToken = factory.BearerClient(await factory.UserWithoutRoleTokenAsync());
        await AssertEveryStaffEndpointAsync(byToken, _ => HttpStatusCode.Forbidden);

        var email = $"cookie-{Guid.NewGuid():N}@example.test";
        using var byCookie = factory.Client();
        byCookie.DefaultRequestHeaders.Add("Cookie", await CookieForNewUserAsync(email));
        await AssertEveryStaffEndpointAsync(byCookie, _ => HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Warehouse_staff_get_403_from_admin_only_endpoints_and_past_authorization_everywhere_else()
    {
        using var staff = await factory.StaffClientAsync();

        await AssertEveryStaffEndpointAsync(staff, e => e.IsAdminOnly ? HttpStatusCode.Forbidden : null);
    }

    [Fact]
    public async Task Admins_get_past_authorization_on_every_staff_endpoint()
    {
        using var admin = await factory.AdminClientAsync();

        await AssertEveryStaffEndpointAsync(admin, _ => null);
    }

    /// <param name="expected">The status each endpoint must answer; null means "anything but 401 and 403".</param>
    private async Task AssertEveryStaffEndpointAsync(HttpClient client, Func<ApiEndpoint, HttpStatusCode?> expected)
    {
        var failures = new List<string>();
        foreach (var endpoint in ApiEndpoints.All(factory.Services).Where(e => e.IsStaff))
        {
            using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), ApiEndpoints.Url(endpoint.Pattern));
            if (endpoint.Method is "POST" or "PUT")
            {
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }

            var response = await client.SendAsync(request);
            var status = response.StatusCode;
            var ok = expected(endpoint) is { } wanted ? status == wanted : status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden);
            if (ok && status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                ok = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
            }

            if (!ok || (int)status >= 500)
            {
                failures.Add($"{endpoint} → {(int)status}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task<string> CookieForNewUserAsync(string email)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            Assert.True((await users.CreateAsync(new IdentityUser { UserName = email, Email = email }, ApiFactory.StaffPassword)).Succeeded);
        }

        return await factory.StaffCookieAsync(email);
    }
}
