using BlazorStock.Web.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BlazorStock.Web.Api.Auth;

/// <summary>Staff sign-in for API clients: a bearer token for an existing account. Nothing here creates accounts.</summary>
public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/auth/login", LoginAsync)
            .WithName("Login")
            .WithSummary("Exchange a staff email and password for a bearer token. Five failures in a row lock the account for five minutes.")
            .WithTags("Auth")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return api;
    }

    public static async Task<Results<Ok<LoginResponse>, ProblemHttpResult>> LoginAsync(
        LoginRequest request,
        UserManager<IdentityUser> users,
        SignInManager<IdentityUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var user = request.Email.Length <= 256 ? await users.FindByEmailAsync(request.Email) : null;
        if (user is null)
        {
            return InvalidCredentials();
        }

        var check = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "locked_out", "Too many failed sign-ins; this account is locked for a few minutes.");
        }

        if (!check.Succeeded)
        {
            return InvalidCredentials();
        }

        return TypedResults.Ok(await IssueAsync(user, signIn, bearerOptions, time));
    }

    /// <summary>A bearer token for <paramref name="user"/> with its roles (staff here, shoppers in ShopperApi).</summary>
    public static async Task<LoginResponse> IssueAsync(IdentityUser user, SignInManager<IdentityUser> signIn, IOptionsMonitor<BearerTokenOptions> bearerOptions, TimeProvider time)
    {
        var options = bearerOptions.Get(IdentityConstants.BearerScheme);
        var now = time.GetUtcNow();
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + options.BearerTokenExpiration };
        var token = options.BearerTokenProtector.Protect(new AuthenticationTicket(principal, properties, IdentityConstants.BearerScheme));
        return new LoginResponse(token, (long)options.BearerTokenExpiration.TotalSeconds);
    }

    private static ProblemHttpResult InvalidCredentials() =>
        ApiProblems.Problem(StatusCodes.Status401Unauthorized, "invalid_credentials", "The email or password is wrong.");
}
