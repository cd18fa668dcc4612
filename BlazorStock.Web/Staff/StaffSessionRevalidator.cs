using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BlazorStock.Web.Staff;

/// <summary>
/// A circuit keeps the user its connection had for as long as the tab stays open, with no request to
/// re-check the cookie. Every <see cref="StaffOptions.RevalidateEvery"/> this asks Identity again: an
/// account deleted, locked out, signed out everywhere (a new security stamp) or given other roles loses what
/// the circuit showed it, and the back office sends it to sign in.
/// </summary>
public sealed class StaffSessionRevalidator(ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<IdentityOptions> identity, IOptions<StaffOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => options.Value.RevalidateEvery;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var principal = authenticationState.User;
        if (principal.Identity?.IsAuthenticated != true)
        {
            return true;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.GetUserAsync(principal) is not { } user || await users.IsLockedOutAsync(user))
        {
            return false;
        }

        var claims = identity.Value.ClaimsIdentity;
        if (users.SupportsUserSecurityStamp && principal.FindFirstValue(claims.SecurityStampClaimType) != await users.GetSecurityStampAsync(user))
        {
            return false;
        }

        var roles = principal.FindAll(claims.RoleClaimType).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return roles.SetEquals(await users.GetRolesAsync(user));
    }
}
