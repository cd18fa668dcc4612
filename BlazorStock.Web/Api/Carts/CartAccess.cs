using System.Diagnostics.CodeAnalysis;
using BlazorStock.Web.Carts;
using BlazorStock.Web.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BlazorStock.Web.Api.Carts;

/// <summary>The cart a shopper endpoint acts for; without a valid cart token or cookie the answer is 401.</summary>
public static class CartAccess
{
    public static bool TryGetCart(HttpContext http, CartIdentity carts, [NotNullWhen(true)] out string? cartId, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        cartId = carts.Find(http);
        problem = cartId is null
            ? ApiProblems.Problem(StatusCodes.Status401Unauthorized, "cart_required", $"Send the {CartIdentity.Header} header with a token from POST /api/carts (or the storefront's cart cookie).")
            : null;
        return cartId is not null;
    }
}
