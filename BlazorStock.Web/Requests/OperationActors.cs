using System.Security.Claims;
using BlazorStock.Domain.Holds;

namespace BlazorStock.Web.Requests;

/// <summary>The one rule for whom the audit log names: a signed-in user by email, else the cart, else anonymous.</summary>
public static class OperationActors
{
    public static string For(ClaimsPrincipal? user, string? cartId) =>
        user?.Identity?.IsAuthenticated == true
            ? user.FindFirstValue(ClaimTypes.Email) ?? user.Identity.Name ?? "user"
            : cartId is null ? "anonymous" : HoldOwner.Cart(cartId).ToString();
}
