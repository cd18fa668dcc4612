using BlazorStock.Domain.Customers;
using BlazorStock.Web.Api.Auth;
using BlazorStock.Web.Carts;
using BlazorStock.Web.Errors;
using BlazorStock.Web.Features.Checkout;
using BlazorStock.Web.Shoppers;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace BlazorStock.Web.Api.Shoppers;

/// <summary>
/// Shopper accounts for API clients (issue 17): sign up, a bearer token ("shopper token") to send beside the cart
/// token, the account itself (with a cart token for its own cart), its orders from any cart, and the merge of an
/// anonymous cart into the account's. Same password rules and lockout as the storefront's forms.
/// </summary>
public static class ShopperApi
{
    public const string Policy = "Shopper";

    public static IEndpointRouteBuilder MapShopperEndpoints(this IEndpointRouteBuilder api)
    {
        var shoppers = api.MapGroup("/shoppers").WithTags("Shoppers");
        shoppers.MapPost("", SignUpAsync).WithName("SignUpShopper").WithSummary("Create a shopper account (409 when the email is taken).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        shoppers.MapPost("/token", TokenAsync).WithName("ShopperToken")
            .WithSummary("Exchange a shopper's email and password for a bearer token; send it as Authorization beside X-Cart-Token.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        var me = shoppers.MapGroup("/me").RequireAuthorization(Policy).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        // Bearer tokens cannot be revoked before they expire (decision 004): a deleted account's token must still find no account.
        me.AddEndpointFilter(async (context, next) =>
        {
            var users = context.HttpContext.RequestServices.GetRequiredService<UserManager<IdentityUser>>();
            return await users.FindByIdAsync(ShopperAccounts.CustomerId(context.HttpContext.User)!) is null
                ? ApiProblems.Problem(StatusCodes.Status401Unauthorized, "account_deleted", "This account no longer exists.")
                : await next(context);
        });
        me.MapGet("", GetMe).WithName("GetShopper").WithSummary("The signed-in shopper, with a cart token for the account's own cart.");
        me.MapGet("/orders", GetOrdersAsync).WithName("GetShopperOrders").WithSummary("The shopper's orders from any cart or device, newest first (at most 100).");
        me.MapDelete("", DeleteAsync).WithName("DeleteShopper")
            .WithSummary("Delete the account (password required): open holds released, waitlist places left, orders kept without naming it.");
        me.MapPost("/merge", MergeAsync).WithName("MergeCart")
            .WithSummary("Move the cart of X-Cart-Token (an anonymous cart) into the account's cart; lines that cannot move stay and are listed.");
        return api;
    }

    public static async Task<Results<Created<ShopperResponse>, ProblemHttpResult>> SignUpAsync(SignUpRequest request, UserManager<IdentityUser> users, CartIdentity carts)
    {
        var email = request.Email?.Trim() ?? "";
        if (email.Length is 0 or > 256 || !email.Contains('@'))
        {
            return ApiProblems.Invalid("invalid_email", "Enter a valid email address.");
        }

        var user = new IdentityUser { UserName = email, Email = email };
        var created = await users.CreateAsync(user, request.Password ?? "");
        if (!created.Succeeded)
        {
            return created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName))
                ? ApiProblems.Problem(StatusCodes.Status409Conflict, "email_taken", "An account with this email already exists.")
                : ApiProblems.Invalid("invalid_password", string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        var role = await users.AddToRoleAsync(user, ShopperRoles.Shopper);
        if (!role.Succeeded)
        {
            await users.DeleteAsync(user);
            throw new InvalidOperationException($"A new shopper account could not get its role: {string.Join(" ", role.Errors.Select(e => e.Description))}");
        }

        return TypedResults.Created("/api/shoppers/me", new ShopperResponse(email, carts.TokenFor(ShopperAccounts.CartIdFor(user.Id))));
    }

    public static async Task<Results<Ok<LoginResponse>, ProblemHttpResult>> TokenAsync(
        LoginRequest request, UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider time)
    {
        var user = request.Email is { Length: > 0 and <= 256 } ? await users.FindByEmailAsync(request.Email.Trim()) : null;
        if (user is null || string.IsNullOrEmpty(request.Password))
        {
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "invalid_credentials", "The email or password is wrong.");
        }

        var check = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "locked_out", "Too many failed sign-ins; this account is locked for a few minutes.");
        }

        if (!check.Succeeded)
        {
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "invalid_credentials", "The email or password is wrong.");
        }

        return await users.IsInRoleAsync(user, ShopperRoles.Shopper)
            ? TypedResults.Ok(await AuthApi.IssueAsync(user, signIn, bearer, time))
            : ApiProblems.Problem(StatusCodes.Status403Forbidden, "not_a_shopper", "This is a back-office account: use POST /api/auth/login.");
    }

    public static Ok<ShopperResponse> GetMe(HttpContext http, CartIdentity carts) =>
        TypedResults.Ok(new ShopperResponse(http.User.Identity?.Name ?? "", carts.TokenFor(ShopperAccounts.CartIdFor(ShopperAccounts.CustomerId(http.User)!))));

    public static async Task<Ok<List<ShopperOrderResponse>>> GetOrdersAsync(HttpContext http, OrderReader orders, CancellationToken cancellationToken)
    {
        var customerId = ShopperAccounts.CustomerId(http.User)!;
        var list = await orders.ListAsync(ShopperAccounts.CartIdFor(customerId), customerId, cancellationToken);
        return TypedResults.Ok(list.Select(o => new ShopperOrderResponse(o.Id, o.Status, o.PaymentStatus, o.Total, o.CreatedAt, o.PaymentDueAt, o.Lines.Sum(l => l.Quantity))).ToList());
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        [FromBody] DeleteShopperRequest request, HttpContext http, UserManager<IdentityUser> users, CustomerService customers, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(ShopperAccounts.CustomerId(http.User)!) is not { } user || !await users.CheckPasswordAsync(user, request.Password ?? ""))
        {
            return ApiProblems.Problem(StatusCodes.Status403Forbidden, "invalid_credentials", "The password is wrong; the account was not deleted.");
        }

        await customers.ForgetAsync(user.Id, ShopperAccounts.CartIdFor(user.Id), cancellationToken);
        var deleted = await users.DeleteAsync(user);
        if (!deleted.Succeeded)
        {
            throw new InvalidOperationException($"Deleting a shopper account failed: {string.Join(" ", deleted.Errors.Select(e => e.Description))}");
        }

        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<CartMergeResponse>, ProblemHttpResult>> MergeAsync(HttpContext http, CartIdentity carts, CustomerService customers, CancellationToken cancellationToken)
    {
        var customerId = ShopperAccounts.CustomerId(http.User)!;
        if (carts.Find(http) is not { } anonymousCart)
        {
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "cart_required", $"Send the {CartIdentity.Header} header of the cart to move.");
        }

        var merged = await customers.MergeCartAsync(anonymousCart, ShopperAccounts.CartIdFor(customerId), customerId, cancellationToken);
        return TypedResults.Ok(new CartMergeResponse(merged.Moved, merged.NotMoved));
    }
}
