using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace BlazorStock.Web.Features.Catalog;

/// <summary>
/// Serves product pictures from the database. The address carries the picture's version, so a version
/// that is current can be cached by browsers for good; a new picture gets a new address.
/// </summary>
public static class ProductImageEndpoint
{
    public static string? UrlOf(Product product) => product.ImageVersion == 0 ? null : UrlOf(product.Id, product.ImageVersion);

    public static string UrlOf(int productId, int version) => $"/images/products/{productId}/{version}";

    public static IEndpointRouteBuilder MapProductImages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/images/products/{productId:int}/{version:int}", GetAsync).ExcludeFromDescription();
        return app;
    }

    public static async Task<IResult> GetAsync(int productId, int version, HttpContext http, StockDbContext db, CancellationToken cancellationToken)
    {
        var current = await db.Products.AsNoTracking().Where(p => p.Id == productId).Select(p => (int?)p.ImageVersion).SingleOrDefaultAsync(cancellationToken);
        if (current is null or 0)
        {
            return TypedResults.NotFound();
        }

        if (current != version)
        {
            return TypedResults.Redirect(UrlOf(productId, current.Value));
        }

        var etag = new EntityTagHeaderValue($"\"{productId}-{version}\"");
        http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        if (http.Request.Headers.IfNoneMatch.ToString() == etag.Tag.ToString())
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var image = await db.ProductImages.AsNoTracking().SingleAsync(i => i.ProductId == productId, cancellationToken);
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(image.Data, image.ContentType, entityTag: etag);
    }
}
