using BlazorStock.Web.Carts;
using BlazorStock.Web.Errors;
using Microsoft.AspNetCore.Antiforgery;

namespace BlazorStock.Web.Api.Security;

/// <summary>
/// Antiforgery for state-changing API calls that a browser authenticates with a cookie: the staff cookie
/// (no Authorization header) or, on cart endpoints, the bs_cart cookie (no X-Cart-Token header). A forged
/// cross-site request carries cookies but cannot add headers, so calls that authenticate with a header
/// (bearer token, cart token) are exempt and calls with a cookie must send the antiforgery token.
/// </summary>
public sealed class CookieAntiforgeryFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (IsCookieAuthenticatedWrite(http))
        {
            try
            {
                await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                return ApiProblems.Problem(StatusCodes.Status400BadRequest, "antiforgery_failed",
                    "This request is authenticated by a cookie, so it must carry the antiforgery token (RequestVerificationToken header; GET /api/antiforgery gives one). API clients can send a bearer token or X-Cart-Token instead.");
            }
        }

        return await next(context);
    }

    public static bool IsCookieAuthenticatedWrite(HttpContext http)
    {
        var request = http.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
        {
            return false;
        }

        if (request.Headers.Authorization.Count > 0)
        {
            return false;
        }

        // A cart endpoint acts only for the cart, so only how the cart was sent matters there.
        if (http.GetEndpoint()?.Metadata.GetMetadata<CartEndpoint>() is not null)
        {
            return request.Headers[CartIdentity.Header].Count == 0 && request.Cookies.ContainsKey(CartIdentity.CookieName);
        }

        return http.User.Identity?.IsAuthenticated == true;
    }
}
