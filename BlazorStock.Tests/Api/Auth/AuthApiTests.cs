using System.Net;
using System.Net.Http.Json;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Api.Auth;
using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Api.Auth;

public sealed class AuthApiTests
{
    [Fact]
    public async Task Login_returns_a_bearer_token_that_opens_staff_endpoints_until_it_expires()
    {
        await using var factory = new ApiFactory();
        using var client = factory.Client();

        var login = await ApiAssert.JsonAsync(await client.PostAsJsonAsync("/api/auth/login", new LoginRequest(StaffSeeder.StaffEmail, ApiFactory.StaffPassword)), HttpStatusCode.OK);
        Assert.Equal(3600, login.GetProperty("expiresIn").GetInt64());
        using var staff = factory.BearerClient(login.GetProperty("accessToken").GetString()!);

        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/admin/holds")).StatusCode);
        factory.Time.Advance(TimeSpan.FromMinutes(61));
        await ApiAssert.ProblemAsync(await staff.GetAsync("/api/admin/holds"), HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task Wrong_passwords_and_unknown_emails_are_401_and_five_failures_lock_the_account()
    {
        await using var factory = new ApiFactory();
        using var client = factory.Client();

        await ApiAssert.ProblemAsync(await client.PostAsJsonAsync("/api/auth/login", new LoginRequest("nobody@blazorstock.local", "Whatever#2026")), HttpStatusCode.Unauthorized, "invalid_credentials");
        for (var i = 0; i < 4; i++)
        {
            await ApiAssert.ProblemAsync(await client.PostAsJsonAsync("/api/auth/login", new LoginRequest(StaffSeeder.StaffEmail, "Wrong#Password1")), HttpStatusCode.Unauthorized, "invalid_credentials");
        }

        await ApiAssert.ProblemAsync(await client.PostAsJsonAsync("/api/auth/login", new LoginRequest(StaffSeeder.StaffEmail, "Wrong#Password1")), HttpStatusCode.Unauthorized, "locked_out");
        await ApiAssert.ProblemAsync(await client.PostAsJsonAsync("/api/auth/login", new LoginRequest(StaffSeeder.StaffEmail, ApiFactory.StaffPassword)), HttpStatusCode.Unauthorized, "locked_out");

        // Identity times lockouts with the system clock, not the app's TimeProvider: check the stored end instead of waiting.
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var staff = (await users.FindByEmailAsync(StaffSeeder.StaffEmail))!;
        Assert.InRange((await users.GetLockoutEndDateAsync(staff))!.Value, DateTimeOffset.UtcNow.AddMinutes(4), DateTimeOffset.UtcNow.AddMinutes(5));
        await users.SetLockoutEndDateAsync(staff, null);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/auth/login", new LoginRequest(StaffSeeder.StaffEmail, ApiFactory.StaffPassword))).StatusCode);
    }

    [Fact]
    public async Task A_forged_or_garbage_bearer_token_is_401()
    {
        await using var factory = new ApiFactory();
        using var client = factory.BearerClient("CfDJ8garbage");

        var response = await client.GetAsync("/api/orders");

        await ApiAssert.ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
    }
}
