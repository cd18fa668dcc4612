using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace BlazorStock.Web.Staff.Account;

/// <summary>
/// Staff sign-in and sign-out for the back office (the staff cookie). The sign-in page is
/// /staff/sign-in; its form posts here because a page's own route also answers POST. No endpoint creates
/// accounts (docs/decisions/004).
/// </summary>
public static class AccountEndpoints
{
    public const string SignInAction = "/staff/account/sign-in";
    public const string SignOutAction = "/staff/account/sign-out";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // A post without a valid token (an expired form, or one from another site) signs nobody in or out.
        // Minimal APIs check the token only on endpoints that bind a form, and sign-out binds nothing: the
        // filter refuses for both.
        var account = app.MapGroup("").AllowAnonymous().WithMetadata(new RequireAntiforgeryTokenAttribute());
        account.AddEndpointFilter((context, next) =>
            context.HttpContext.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }
                ? ValueTask.FromResult<object?>(TypedResults.Redirect("/staff/sign-in?error=expired"))
                : next(context));
        account.MapPost(SignInAction, SignInAsync);
        account.MapPost(SignOutAction, SignOutAsync);
        return app;
    }

    /// <summary>
    /// Reads its form itself: binding <c>[FromForm]</c> would refuse an expired token with a bare 400 before the
    /// group's filter could send the browser back to the form with a word of explanation (issue 19).
    /// </summary>
    public static async Task<RedirectHttpResult> SignInAsync(HttpContext http, UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn)
    {
        var form = http.Request.HasFormContentType ? SignInForm.From(await http.Request.ReadFormAsync(http.RequestAborted)) : new SignInForm();
        var returnUrl = ReturnUrl.LocalOr(form.ReturnUrl, "/staff");
        var user = form.Email is { Length: > 0 and <= 256 } email ? await users.FindByEmailAsync(email.Trim()) : null;
        if (user is null || string.IsNullOrEmpty(form.Password))
        {
            return Failed("invalid", returnUrl);
        }

        var check = await signIn.CheckPasswordSignInAsync(user, form.Password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            return Failed("locked", returnUrl);
        }

        if (!check.Succeeded)
        {
            return Failed("invalid", returnUrl);
        }

        // An account without a staff role could sign in but reach nothing; say so instead of looping.
        var roles = await users.GetRolesAsync(user);
        if (!roles.Any(StaffRoles.All.Contains))
        {
            return Failed("no-access", returnUrl);
        }

        await signIn.SignInAsync(user, isPersistent: form.RememberMe);
        return TypedResults.Redirect(returnUrl);
    }

    public static async Task<RedirectHttpResult> SignOutAsync(SignInManager<IdentityUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.Redirect("/staff/sign-in?signedOut=true");
    }

    private static RedirectHttpResult Failed(string error, string returnUrl) =>
        TypedResults.Redirect($"/staff/sign-in?error={error}&ReturnUrl={Uri.EscapeDataString(returnUrl)}");
}
