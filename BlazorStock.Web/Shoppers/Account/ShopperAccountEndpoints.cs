using BlazorStock.Domain.Customers;
using BlazorStock.Web.Carts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace BlazorStock.Web.Shoppers.Account;

/// <summary>
/// Shopper sign-up, sign-in, sign-out, password change and account deletion (issue 17). The pages render
/// statically and post here, because these set or clear the sign-in cookie, which a circuit cannot (decision 008).
/// Same password rules, lockout and antiforgery as the staff sign-in; a staff account cannot sign in here.
/// </summary>
public static class ShopperAccountEndpoints
{
    public const string SignInPage = "/account/sign-in";
    public const string SignUpPage = "/account/sign-up";
    public const string AccountPage = "/account";
    public const string SignInAction = "/account/session/sign-in";
    public const string SignUpAction = "/account/session/sign-up";
    public const string SignOutAction = "/account/session/sign-out";
    public const string PasswordAction = "/account/session/password";
    public const string DeleteAction = "/account/session/delete";

    public static IEndpointRouteBuilder MapShopperAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("").AllowAnonymous().WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();
        account.AddEndpointFilter((context, next) =>
            context.HttpContext.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }
                ? ValueTask.FromResult<object?>(TypedResults.Redirect($"{SignInPage}?error=expired"))
                : next(context));
        account.MapPost(SignInAction, SignInAsync);
        account.MapPost(SignUpAction, SignUpAsync);
        account.MapPost(SignOutAction, SignOutAsync);
        account.MapPost(PasswordAction, ChangePasswordAsync);
        account.MapPost(DeleteAction, DeleteAsync);
        return app;
    }

    public static async Task<RedirectHttpResult> SignInAsync(
        HttpContext http, UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, CartIdentity carts, CustomerService customers, MergeNotices notices)
    {
        var form = await ShopperForm.ReadAsync(http.Request);
        var returnUrl = ShopperReturnUrl.LocalOr(form.ReturnUrl, "/");
        var user = form.Email is { Length: > 0 and <= 256 } ? await users.FindByEmailAsync(form.Email) : null;
        if (user is null || string.IsNullOrEmpty(form.Password))
        {
            return Back(SignInPage, "invalid", returnUrl);
        }

        var check = await signIn.CheckPasswordSignInAsync(user, form.Password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            return Back(SignInPage, "locked", returnUrl);
        }

        if (!check.Succeeded)
        {
            return Back(SignInPage, "invalid", returnUrl);
        }

        if (!await users.IsInRoleAsync(user, ShopperRoles.Shopper))
        {
            return Back(SignInPage, "staff", returnUrl);
        }

        return await SignInAndMergeAsync(http, user, form.RememberMe, returnUrl, signIn, carts, customers, notices);
    }

    public static async Task<RedirectHttpResult> SignUpAsync(
        HttpContext http, UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, CartIdentity carts, CustomerService customers, MergeNotices notices)
    {
        var form = await ShopperForm.ReadAsync(http.Request);
        var returnUrl = ShopperReturnUrl.LocalOr(form.ReturnUrl, "/");
        if (form.Email is not { Length: > 0 and <= 256 } || !form.Email.Contains('@'))
        {
            return Back(SignUpPage, "email", returnUrl);
        }

        if (form.Password != form.ConfirmPassword)
        {
            return Back(SignUpPage, "mismatch", returnUrl);
        }

        var user = new IdentityUser { UserName = form.Email, Email = form.Email };
        var created = await users.CreateAsync(user, form.Password);
        if (!created.Succeeded)
        {
            return Back(SignUpPage, SignUpError(created), returnUrl);
        }

        var role = await users.AddToRoleAsync(user, ShopperRoles.Shopper);
        if (!role.Succeeded)
        {
            await users.DeleteAsync(user);
            throw new InvalidOperationException($"A new shopper account could not get its role: {string.Join(" ", role.Errors.Select(e => e.Description))}");
        }

        return await SignInAndMergeAsync(http, user, form.RememberMe, returnUrl, signIn, carts, customers, notices);
    }

    public static async Task<RedirectHttpResult> SignOutAsync(HttpContext http, SignInManager<IdentityUser> signIn)
    {
        // Only a shopper's session ends here; a staff member signed in on this browser stays signed in.
        if (ShopperAccounts.CustomerId(http.User) is not null)
        {
            await signIn.SignOutAsync();
        }

        return TypedResults.Redirect("/?signedOut=true");
    }

    public static async Task<RedirectHttpResult> ChangePasswordAsync(HttpContext http, UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn)
    {
        var form = await ShopperForm.ReadAsync(http.Request);
        if (await SignedInShopperAsync(http, users) is not { } user)
        {
            return TypedResults.Redirect($"{SignInPage}?ReturnUrl={Uri.EscapeDataString(AccountPage)}");
        }

        if (form.NewPassword != form.ConfirmPassword)
        {
            return TypedResults.Redirect($"{AccountPage}?error=mismatch");
        }

        var changed = await users.ChangePasswordAsync(user, form.Password, form.NewPassword);
        if (!changed.Succeeded)
        {
            var wrong = changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
            return TypedResults.Redirect($"{AccountPage}?error={(wrong ? "current" : "password")}");
        }

        // A new security stamp signs out every other device; this one gets a fresh cookie.
        await signIn.RefreshSignInAsync(user);
        return TypedResults.Redirect($"{AccountPage}?changed=true");
    }

    public static async Task<RedirectHttpResult> DeleteAsync(HttpContext http, UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, CustomerService customers)
    {
        var form = await ShopperForm.ReadAsync(http.Request);
        if (await SignedInShopperAsync(http, users) is not { } user)
        {
            return TypedResults.Redirect($"{SignInPage}?ReturnUrl={Uri.EscapeDataString(AccountPage)}");
        }

        if (!await users.CheckPasswordAsync(user, form.Password))
        {
            return TypedResults.Redirect($"{AccountPage}?error=delete-password");
        }

        await customers.ForgetAsync(user.Id, ShopperAccounts.CartIdFor(user.Id), http.RequestAborted);
        var deleted = await users.DeleteAsync(user);
        if (!deleted.Succeeded)
        {
            throw new InvalidOperationException($"Deleting a shopper account failed: {string.Join(" ", deleted.Errors.Select(e => e.Description))}");
        }

        await signIn.SignOutAsync();
        return TypedResults.Redirect("/?deleted=true");
    }

    /// <summary>Moves this browser's anonymous cart into the account's, then writes the sign-in cookie.</summary>
    private static async Task<RedirectHttpResult> SignInAndMergeAsync(
        HttpContext http, IdentityUser user, bool remember, string returnUrl, SignInManager<IdentityUser> signIn, CartIdentity carts, CustomerService customers, MergeNotices notices)
    {
        var accountCart = ShopperAccounts.CartIdFor(user.Id);
        var merged = carts.Find(http) is { } anonymousCart
            ? await customers.MergeCartAsync(anonymousCart, accountCart, user.Id, http.RequestAborted)
            : new CartMergeResult(0, []);
        await signIn.SignInAsync(user, isPersistent: remember);
        return merged.NotMoved.Count > 0
            ? TypedResults.Redirect($"/cart?merge={notices.Keep(user.Id, merged.NotMoved)}")
            : TypedResults.Redirect(returnUrl);
    }

    private static async Task<IdentityUser?> SignedInShopperAsync(HttpContext http, UserManager<IdentityUser> users) =>
        ShopperAccounts.CustomerId(http.User) is { } id ? await users.FindByIdAsync(id) : null;

    private static string SignUpError(IdentityResult result) =>
        result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)) ? "taken"
        : result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? "password"
        : "email";

    private static RedirectHttpResult Back(string page, string error, string returnUrl) =>
        TypedResults.Redirect($"{page}?error={error}&ReturnUrl={Uri.EscapeDataString(returnUrl)}");
}
