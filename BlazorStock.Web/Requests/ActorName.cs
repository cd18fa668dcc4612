using System.Security.Claims;

namespace BlazorStock.Web.Requests;

/// <summary>The name an audit entry gives a signed-in user: their e-mail, else their user name.</summary>
public static class ActorName
{
    public static string Of(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
            ? user.FindFirstValue(ClaimTypes.Email) ?? user.Identity.Name ?? "user"
            : "anonymous";
}
