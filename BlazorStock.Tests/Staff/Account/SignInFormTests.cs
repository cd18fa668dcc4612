using System.Net;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Staff;
using BlazorStock.Web.Staff.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Staff.Account;

/// <summary>
/// The back office's sign-in and sign-out forms (issue 19): lockout after five failures, no effect without the
/// antiforgery token, and a return address that never leaves the back office. The API's login has its own
/// tests (Api/Auth); Hangfire's dashboard posts are checked in Jobs/JobsDashboardTests.
/// </summary>
public sealed class SignInFormTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_then_even_the_right_one_is_refused()
    {
        var email = await AccountAsync();
        var form = await BrowserSignIn.OpenAsync(factory);

        for (var i = 1; i <= 4; i++)
        {
            Assert.Equal("/staff/sign-in?error=invalid&ReturnUrl=%2Fstaff", (await form.SignInAsync(email, "Wrong#Password1")).Location);
        }

        Assert.Equal("/staff/sign-in?error=locked&ReturnUrl=%2Fstaff", (await form.SignInAsync(email, "Wrong#Password1")).Location);
        var right = await form.SignInAsync(email, ApiFactory.StaffPassword);
        Assert.Equal("/staff/sign-in?error=locked&ReturnUrl=%2Fstaff", right.Location);
        Assert.Null(right.StaffCookie);
    }

    [Fact]
    public async Task Without_the_antiforgery_token_sign_in_signs_nobody_in_and_sign_out_signs_nobody_out()
    {
        var email = await AccountAsync();
        var form = await BrowserSignIn.OpenAsync(factory);

        var forged = await form.SignInAsync(email, ApiFactory.StaffPassword, withToken: false);
        Assert.Equal("/staff/sign-in?error=expired", forged.Location);
        Assert.Null(forged.StaffCookie);

        var signedIn = await form.SignInAsync(email, ApiFactory.StaffPassword);
        Assert.Equal("/staff", signedIn.Location);
        Assert.NotNull(signedIn.StaffCookie);

        var forgedOut = await form.PostAsync(AccountEndpoints.SignOutAction, [], signedIn.StaffCookie, withToken: false);
        Assert.Equal("/staff/sign-in?error=expired", forgedOut.Location);
        Assert.Null(forgedOut.StaffCookie);

        // The token is bound to who asked for it: a signed-in browser's form has its own.
        var staffForm = await BrowserSignIn.OpenAsync(factory, signedIn.StaffCookie);
        var signedOut = await staffForm.PostAsync(AccountEndpoints.SignOutAction, [], signedIn.StaffCookie);
        Assert.Equal("/staff/sign-in?signedOut=true", signedOut.Location);
        Assert.Equal("", signedOut.StaffCookie);
    }

    [Theory]
    [InlineData("/staff/holds?status=Active", "/staff/holds?status=Active")]
    [InlineData("/hangfire/recurring", "/hangfire/recurring")]
    [InlineData("//evil.example/staff", "/staff")]
    [InlineData("https://evil.example/staff", "/staff")]
    [InlineData("/\\evil.example", "/staff")]
    [InlineData("/staff//evil.example", "/staff")]
    [InlineData("/staff/\\\\evil.example", "/staff")]
    [InlineData("javascript:alert(1)", "/staff")]
    [InlineData("/staff/\r\nSet-Cookie: stolen=1", "/staff")]
    [InlineData("/staff/\u00e9t\u00e9", "/staff")]
    [InlineData("/", "/staff")]
    public async Task After_signing_in_staff_land_on_a_back_office_path_and_never_on_another_site(string returnUrl, string landing)
    {
        var email = await AccountAsync();
        var form = await BrowserSignIn.OpenAsync(factory);

        var signedIn = await form.SignInAsync(email, ApiFactory.StaffPassword, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.Equal(landing, signedIn.Location);
    }

    [Fact]
    public void The_return_address_rule_keeps_only_back_office_paths_of_printable_ascii()
    {
        Assert.Equal("/staff/orders/1?x=%2F", ReturnUrl.LocalOr("/staff/orders/1?x=%2F", "/staff"));
        Assert.All(new[] { null, "", "/staffer", "/staff\t", "/staff/\u0000", "/staff/\u007f", "/staff/ä", "/staff/a b" }, url => Assert.Equal("/staff", ReturnUrl.LocalOr(url, "/staff")));
    }

    /// <summary>A warehouse account of its own, so lockouts in one test touch no other.</summary>
    private async Task<string> AccountAsync()
    {
        var email = $"form-{Guid.NewGuid():N}@blazorstock.test";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = email, Email = email };
        Assert.True((await users.CreateAsync(user, ApiFactory.StaffPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, StaffRoles.Warehouse)).Succeeded);
        return email;
    }
}
