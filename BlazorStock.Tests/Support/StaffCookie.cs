using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BlazorStock.Tests.Support;

public static class StaffCookie
{
    /// <summary>The Cookie header value a browser signed in as <paramref name="email"/> would send to the app of <paramref name="services"/>.</summary>
    public static async Task<string> ForAsync(IServiceProvider services, string email)
    {
        await using var scope = services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<IdentityUser>>();
        var principal = await signIn.CreateUserPrincipalAsync((await signIn.UserManager.FindByEmailAsync(email))!);
        var options = services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties(), IdentityConstants.ApplicationScheme);
        return $"{options.Cookie.Name}={options.TicketDataFormat.Protect(ticket)}";
    }
}
