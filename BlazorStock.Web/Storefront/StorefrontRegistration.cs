using BlazorStock.Web.Carts;
using BlazorStock.Web.Catalog;
using BlazorStock.Web.Orders;

namespace BlazorStock.Web.Storefront;

/// <summary>The shopper-facing part of the site (issue 3): catalog, cart, checkout and payment.</summary>
public static class StorefrontRegistration
{
    public static IServiceCollection AddStorefront(this IServiceCollection services) =>
        services.AddScoped<CatalogReader>().AddScoped<CartReader>().AddScoped<OrderReader>();

    public static IEndpointRouteBuilder MapStorefront(this IEndpointRouteBuilder app) =>
        app.MapCatalogEndpoints().MapCartEndpoints().MapCheckoutEndpoints();
}
