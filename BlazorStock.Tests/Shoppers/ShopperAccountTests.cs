using BlazorStock.Domain.Holds;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Carts;
using BlazorStock.Web.Shoppers;
using BlazorStock.Web.Shoppers.Account;
using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Shoppers;

/// <summary>The shopper account forms (issue 17) as a browser posts them: sign-up, sign-in with the cart merge, deletion.</summary>
public sealed class ShopperAccountTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Password = "Shopper#Test2026";

    [Fact]
    public async Task Signing_up_creates_a_shopper_signs_in_and_moves_this_browsers_cart_into_the_account()
    {
        var product = await factory.ProductAsync(10);
        var (cartId, cartCookie) = AnonymousCart();
        await factory.RunAsync<HoldService, HoldResult>(h => h.HoldAsync(new HoldRequest(HoldOwner.Cart(cartId), product.Id, 2), CancellationToken.None));
        var email = $"new-{Guid.NewGuid():N}@example.com";
        var form = await BrowserSignIn.OpenAsync(factory, page: ShopperAccountEndpoints.SignUpPage);

        var posted = await form.PostAsync(ShopperAccountEndpoints.SignUpAction,
            new() { ["Email"] = email, ["Password"] = Password, ["ConfirmPassword"] = Password, ["ReturnUrl"] = "/cart" }, cartCookie);

        Assert.Equal("/cart", posted.Location);
        Assert.False(string.IsNullOrEmpty(posted.StaffCookie));
        var user = await UserAsync(email);
        Assert.True(await InRoleAsync(user, ShopperRoles.Shopper));
        var accountHolds = await HoldsOfAsync(ShopperAccounts.CartIdFor(user.Id));
        Assert.Equal([(product.Id, 2)], accountHolds.Select(h => (h.ProductId, h.Quantity)));
        Assert.Empty(await HoldsOfAsync(cartId));
    }

    [Theory]
    [InlineData("short", "error=password")]
    [InlineData("alllowercase-and-long", "error=password")]
    public async Task A_weak_password_is_refused_with_the_rules(string password, string expected)
    {
        var form = await BrowserSignIn.OpenAsync(factory, page: ShopperAccountEndpoints.SignUpPage);

        var posted = await form.PostAsync(ShopperAccountEndpoints.SignUpAction,
            new() { ["Email"] = $"weak-{Guid.NewGuid():N}@example.com", ["Password"] = password, ["ConfirmPassword"] = password }, null);

        Assert.Contains(expected, posted.Location);
        Assert.Null(posted.StaffCookie);
    }

    [Fact]
    public async Task A_staff_account_cannot_sign_in_as_a_shopper()
    {
        var form = await BrowserSignIn.OpenAsync(factory, page: ShopperAccountEndpoints.SignInPage);

        var posted = await form.PostAsync(ShopperAccountEndpoints.SignInAction,
            new() { ["Email"] = StaffSeeder.StaffEmail, ["Password"] = ApiFactory.StaffPassword }, null);

        Assert.StartsWith("/account/sign-in?error=staff", posted.Location);
        Assert.Null(posted.StaffCookie);
    }

    [Fact]
    public async Task A_line_that_cannot_move_at_sign_in_stays_and_the_cart_page_is_told()
    {
        var drop = await factory.ProductAsync(10, d => d with { PerCustomerLimit = 1 });
        var email = await ShopperAsync();
        var user = await UserAsync(email);
        await factory.RunAsync<HoldService, HoldResult>(h => h.HoldAsync(
            new HoldRequest(HoldOwner.Cart(ShopperAccounts.CartIdFor(user.Id)), drop.Id, 1, CustomerId: user.Id), CancellationToken.None));
        var (cartId, cartCookie) = AnonymousCart();
        await factory.RunAsync<HoldService, HoldResult>(h => h.HoldAsync(new HoldRequest(HoldOwner.Cart(cartId), drop.Id, 1), CancellationToken.None));
        var form = await BrowserSignIn.OpenAsync(factory, page: ShopperAccountEndpoints.SignInPage);

        var posted = await form.PostAsync(ShopperAccountEndpoints.SignInAction, new() { ["Email"] = email, ["Password"] = Password }, cartCookie);

        Assert.StartsWith("/cart?merge=", posted.Location);
        var notice = factory.Services.GetRequiredService<MergeNotices>().Find(posted.Location!["/cart?merge=".Length..], user.Id);
        Assert.Equal(drop.Id, Assert.Single(notice).ProductId);
        Assert.Empty(factory.Services.GetRequiredService<MergeNotices>().Find(posted.Location!["/cart?merge=".Length..], "someone-else"));
        Assert.Single(await HoldsOfAsync(cartId));
    }

    [Fact]
    public async Task Deleting_the_account_needs_the_password_releases_holds_and_removes_the_user()
    {
        var product = await factory.ProductAsync(10);
        var email = await ShopperAsync();
        var user = await UserAsync(email);
        var accountCart = ShopperAccounts.CartIdFor(user.Id);
        await factory.RunAsync<HoldService, HoldResult>(h => h.HoldAsync(new HoldRequest(HoldOwner.Cart(accountCart), product.Id, 4, CustomerId: user.Id), CancellationToken.None));
        var signIn = await BrowserSignIn.OpenAsync(factory, page: ShopperAccountEndpoints.SignInPage);
        var cookie = (await signIn.PostAsync(ShopperAccountEndpoints.SignInAction, new() { ["Email"] = email, ["Password"] = Password }, null)).StaffCookie;
        var account = await BrowserSignIn.OpenAsync(factory, cookie, ShopperAccountEndpoints.AccountPage);

        var wrong = await account.PostAsync(ShopperAccountEndpoints.DeleteAction, new() { ["Password"] = "Wrong#Password1" }, cookie);
        Assert.Equal("/account?error=delete-password", wrong.Location);
        Assert.Single(await HoldsOfAsync(accountCart));

        var deleted = await account.PostAsync(ShopperAccountEndpoints.DeleteAction, new() { ["Password"] = Password }, cookie);

        Assert.Equal("/?deleted=true", deleted.Location);
        Assert.Equal("", deleted.StaffCookie);
        Assert.Empty(await HoldsOfAsync(accountCart));
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(email));
    }

    private (string CartId, string Cookie) AnonymousCart()
    {
        var (cartId, token) = factory.Services.GetRequiredService<CartIdentity>().Create();
        return (cartId, $"{CartIdentity.CookieName}={token}");
    }

    private async Task<string> ShopperAsync()
    {
        var email = $"shopper-{Guid.NewGuid():N}@example.com";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = email, Email = email };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, ShopperRoles.Shopper)).Succeeded);
        return email;
    }

    private async Task<IdentityUser> UserAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(email))!;
    }

    private async Task<bool> InRoleAsync(IdentityUser user, string role)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().IsInRoleAsync(user, role);
    }

    private Task<List<Hold>> HoldsOfAsync(string cartId) =>
        factory.DbAsync(db => db.Holds.Where(h => h.OwnerType == HoldOwnerType.Cart && h.OwnerId == cartId && h.Status == HoldStatus.Active).ToListAsync());
}
