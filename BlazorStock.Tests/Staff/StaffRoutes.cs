using BlazorStock.Tests.Api.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Staff;

/// <summary>Every back-office route (pages, exports, form posts) as the app's own routing sees it, so no test over "every route" can miss a new one.</summary>
public static class StaffRoutes
{
    /// <summary>Routes meant to be reached without being signed in.</summary>
    public static readonly IReadOnlySet<string> Public = new HashSet<string>
    {
        "GET /staff/sign-in",
        "POST /staff/sign-in",
        "GET /staff/access-denied",
        "POST /staff/access-denied",
        "POST /staff/account/sign-in",
        "POST /staff/account/sign-out",
    };

    public static IReadOnlyList<StaffRoute> All(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("staff", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method => new StaffRoute(
                method,
                "/" + e.RoutePattern.RawText!.Trim('/'),
                e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList(),
                e.Metadata.GetMetadata<IAllowAnonymous>() is not null)))
            .OrderBy(e => e.Pattern).ThenBy(e => e.Method)
            .ToList();

    public static string Url(StaffRoute route) => ApiEndpoints.Url(route.Pattern);
}
