using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Api.Security;

/// <summary>The app's /api endpoints as its own routing sees them, so tests over "every endpoint" cannot miss a new one.</summary>
public static partial class ApiEndpoints
{
    /// <summary>
    /// Endpoints meant to be reached without staff credentials (shoppers, sign-in, the antiforgery token). The
    /// <c>/api/shoppers/me…</c> ones need a shopper token instead (ShopperApiTests).
    /// </summary>
    public static readonly IReadOnlySet<string> Public = new HashSet<string>
    {
        "POST /api/auth/login",
        "GET /api/antiforgery",
        "POST /api/carts",
        "GET /api/cart",
        "POST /api/cart/holds",
        "PUT /api/cart/holds/{id:guid}",
        "POST /api/cart/holds/{id:guid}/extend",
        "DELETE /api/cart/holds/{id:guid}",
        "POST /api/cart/checkout",
        "POST /api/orders/{id:guid}/pay",
        "GET /api/products",
        "GET /api/products/{id:int}",
        "GET /api/products/{id:int}/image",
        "POST /api/shoppers",
        "POST /api/shoppers/token",
        "GET /api/shoppers/me",
        "DELETE /api/shoppers/me",
        "GET /api/shoppers/me/orders",
        "POST /api/shoppers/me/merge",
        "POST /api/cart/waitlist",
        "GET /api/cart/waitlist/{productId:int}",
        "DELETE /api/cart/waitlist/{productId:int}",
    };

    public static IReadOnlyList<ApiEndpoint> All(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(method => new ApiEndpoint(
                method,
                "/" + e.RoutePattern.RawText!.Trim('/'),
                e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList())))
            .OrderBy(e => e.Pattern).ThenBy(e => e.Method)
            .ToList();

    /// <summary>A concrete URL for a pattern: route values that parse but match nothing.</summary>
    public static string Url(string pattern) => RouteValue().Replace(pattern, m => m.Groups[1].Value switch
    {
        "guid" => Guid.NewGuid().ToString(),
        "int" or "long" => "987654",
        _ => "x",
    });

    [GeneratedRegex(@"\{[^}:]+(?::([a-z]+))?\}")]
    private static partial Regex RouteValue();
}
