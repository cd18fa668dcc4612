using Microsoft.AspNetCore.Components.Endpoints;

namespace BlazorStock.Web.Carts;

/// <summary>
/// Gives a storefront visitor their cart cookie on the document request, before the page prerenders: once
/// the page is interactive it runs in a circuit, which cannot write cookies (decision 008). The cart is only
/// an id until something is held in it, so this costs nothing on the server.
/// </summary>
public sealed class CartCookieMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, CartIdentity carts)
    {
        if (HttpMethods.IsGet(context.Request.Method)
            && context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null
            && !context.Request.Path.StartsWithSegments("/staff"))
        {
            carts.GetOrCreate(context);
        }

        return next(context);
    }
}
