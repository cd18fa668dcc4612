using BlazorStock.Web.Carts;
using BlazorStock.Web.Catalog;
using BlazorStock.Web.Components.Pages.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace BlazorStock.Web.Storefront;

public static class CatalogEndpoints
{
    private const int MaxBadges = 200;

    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/catalog").MapGet("/badges", GetBadgesAsync);
        return app;
    }

    /// <summary>Fresh availability badges as htmx out-of-band swaps: pages ask for the ones a live push said changed.</summary>
    public static async Task<Results<RazorComponentResult<BadgeUpdates>, BadRequest>> GetBadgesAsync(
        [FromQuery] int[] ids, HttpContext http, CartIdentity carts, CatalogReader catalog, TimeProvider time, CancellationToken cancellationToken)
    {
        if (ids.Length is 0 or > MaxBadges)
        {
            return TypedResults.BadRequest();
        }

        var products = await catalog.ProductsAsync(ids.Distinct().ToList(), cancellationToken);
        var availability = await catalog.AvailabilityAsync(products, carts.Find(http), cancellationToken);
        return Htmx.Fragment<BadgeUpdates>(new { Badges = availability.Values.ToList(), Now = time.GetUtcNow() });
    }
}
