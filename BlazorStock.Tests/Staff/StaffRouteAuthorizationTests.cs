using System.Net;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Carts;
using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Staff;

/// <summary>
/// The back office's access rules over every route it maps, generated from the endpoint list: anonymous users
/// and shoppers are sent to sign in, Warehouse staff cannot reach Admin-only routes, staff reach the rest.
/// </summary>
public sealed class StaffRouteAuthorizationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Every_back_office_route_is_declared_public_or_needs_a_staff_policy()
    {
        var routes = await RoutesAsync();

        Assert.True(routes.Count >= 30, $"only {routes.Count} back-office routes found: {string.Join(", ", routes)}");
        var open = routes.Where(r => r.Policies.Count == 0 && !StaffRoutes.Public.Contains(r.Name)).ToList();
        Assert.True(open.Count == 0, $"Neither public nor staff-only: {string.Join(", ", open)}");
        var anonymous = routes.Where(r => r.AllowsAnonymous && !StaffRoutes.Public.Contains(r.Name)).ToList();
        Assert.True(anonymous.Count == 0, $"Allow anonymous users but are not declared public: {string.Join(", ", anonymous)}");
        Assert.Empty(StaffRoutes.Public.Except(routes.Select(r => r.Name)));
        Assert.Contains(routes, r => r.IsAdminOnly);
        foreach (var page in new[] { "/staff", "/staff/holds", "/staff/history", "/staff/orders", "/staff/stock", "/staff/units", "/staff/consistency", "/staff/analytics", "/staff/reports", "/staff/jobs" })
        {
            Assert.Contains(routes, r => r.Name == $"GET {page}");
        }
    }

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in_from_every_back_office_route()
    {
        using var client = factory.Client();

        await AssertEveryRouteAsync(client, _ => "/staff/sign-in");
    }

    [Fact]
    public async Task A_shopper_with_a_cart_is_not_staff_and_is_sent_to_sign_in()
    {
        using var client = factory.Client();
        client.DefaultRequestHeaders.Add("Cookie", $"{CartIdentity.CookieName}={await factory.CartTokenAsync()}");
        client.DefaultRequestHeaders.Add(CartIdentity.Header, await factory.CartTokenAsync());

        await AssertEveryRouteAsync(client, _ => "/staff/sign-in");
    }

    [Fact]
    public async Task A_signed_in_account_without_a_staff_role_is_refused_everywhere()
    {
        var email = $"shopper-{Guid.NewGuid():N}@example.test";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            Assert.True((await users.CreateAsync(new IdentityUser { UserName = email, Email = email }, ApiFactory.StaffPassword)).Succeeded);
        }

        using var client = factory.Client();
        client.DefaultRequestHeaders.Add("Cookie", await factory.StaffCookieAsync(email));

        await AssertEveryRouteAsync(client, _ => "/staff/access-denied");
    }

    [Fact]
    public async Task Warehouse_staff_cannot_reach_admin_only_routes_and_reach_every_other_one()
    {
        using var client = factory.Client();
        client.DefaultRequestHeaders.Add("Cookie", await factory.StaffCookieAsync(StaffSeeder.StaffEmail));

        await AssertEveryRouteAsync(client, r => r.IsAdminOnly ? "/staff/access-denied" : null);
    }

    [Fact]
    public async Task Admins_reach_every_back_office_route()
    {
        using var client = factory.Client();
        client.DefaultRequestHeaders.Add("Cookie", await factory.StaffCookieAsync(StaffSeeder.AdminEmail));

        await AssertEveryRouteAsync(client, _ => null);
    }

    private async Task<IReadOnlyList<StaffRoute>> RoutesAsync()
    {
        using var warmUp = factory.Client();
        await warmUp.GetAsync("/staff/sign-in");
        return StaffRoutes.All(factory.Services);
    }

    /// <param name="redirect">Where each non-public route must redirect; null means "must not redirect to sign-in or access denied".</param>
    private async Task AssertEveryRouteAsync(HttpClient client, Func<StaffRoute, string?> redirect)
    {
        var failures = new List<string>();
        foreach (var route in (await RoutesAsync()).Where(r => !StaffRoutes.Public.Contains(r.Name)))
        {
            using var request = new HttpRequestMessage(new HttpMethod(route.Method), StaffRoutes.Url(route));
            if (route.Method == "POST")
            {
                request.Content = new FormUrlEncodedContent([]);
            }

            var response = await client.SendAsync(request);
            var location = response.Headers.Location is { } l ? new Uri(new Uri("http://localhost"), l).AbsolutePath : null;
            var wanted = redirect(route);
            var ok = wanted is null
                ? location is not ("/staff/sign-in" or "/staff/access-denied") && response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) && (int)response.StatusCode < 500
                : response.StatusCode == HttpStatusCode.Redirect && location == wanted;
            if (!ok)
            {
                failures.Add($"{route} → {(int)response.StatusCode} {location}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
