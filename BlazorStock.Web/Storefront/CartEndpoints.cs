using BlazorStock.Domain;
using BlazorStock.Domain.Holds;
using BlazorStock.Web.Carts;
using BlazorStock.Web.Catalog;
using BlazorStock.Web.Components.Layout;
using BlazorStock.Web.Components.Pages.Cart;
using BlazorStock.Web.Components.Pages.Catalog;
using BlazorStock.Web.Errors;
using BlazorStock.Web.Requests;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace BlazorStock.Web.Storefront;

/// <summary>
/// The shopper's cart actions. Each answers htmx with the fragment to swap in, and a plain form post with a
/// redirect (the error travels as its code only). Holds belong to the cart in the caller's own cookie:
/// another cart's hold is reported as not found.
/// </summary>
public static class CartEndpoints
{
    public static IEndpointRouteBuilder MapCartEndpoints(this IEndpointRouteBuilder app)
    {
        var cart = app.MapGroup("/cart").RequireAntiforgery();
        cart.MapGet("/contents", GetContentsAsync);
        cart.MapGet("/indicator", GetIndicatorAsync);
        cart.MapPost("/items", AddAsync);
        cart.MapPost("/holds/{holdId:guid}/extend", ExtendAsync);
        cart.MapPost("/holds/{holdId:guid}/quantity", ChangeQuantityAsync);
        cart.MapPost("/holds/{holdId:guid}/remove", RemoveAsync);
        cart.MapPost("/expire", ExpireAsync);
        return app;
    }

    public static async Task<RazorComponentResult<CartContents>> GetContentsAsync(HttpContext http, CartIdentity carts, CartReader reader, CancellationToken cancellationToken) =>
        Htmx.Fragment<CartContents>(new { Cart = await reader.LoadAsync(carts.Find(http), cancellationToken) });

    public static async Task<RazorComponentResult<CartIndicator>> GetIndicatorAsync(HttpContext http, CartIdentity carts, CartReader reader, CancellationToken cancellationToken) =>
        Htmx.Fragment<CartIndicator>(new { Cart = await reader.LoadAsync(carts.Find(http), cancellationToken) });

    public static async Task<Results<RazorComponentResult<AddToCartUpdate>, RazorComponentResult<CartUpdate>, RedirectHttpResult>> AddAsync(
        [FromForm] AddToCartForm form, HttpContext http, CartIdentity carts, HoldService holds, CartReader reader, CatalogReader catalog, CancellationToken cancellationToken)
    {
        var cartId = carts.GetOrCreate(http);
        HoldResult? held = null;
        DomainException? problem = null;
        try
        {
            held = await holds.HoldAsync(new HoldRequest(HoldOwner.Cart(cartId), form.ProductId, form.Quantity), cancellationToken);
        }
        catch (DomainException error)
        {
            problem = error;
        }

        if (!http.Request.IsHtmx())
        {
            return problem is null
                ? TypedResults.Redirect("/cart")
                : TypedResults.Redirect(Htmx.WithQuery(Htmx.LocalOr(form.ReturnUrl, "/"), $"problem={problem.Code}&product={form.ProductId}&requested={form.Quantity}#add-{form.ProductId}"));
        }

        http.Response.TriggerCartChanged();
        var cart = await reader.LoadAsync(cartId, cancellationToken);
        var status = problem is null ? StatusCodes.Status200OK : DomainProblems.StatusFor(problem.Code);
        if (http.Request.Target() == "cart")
        {
            return Htmx.Fragment<CartUpdate>(new { Cart = cart, Message = problem is null ? null : ShopperMessages.For(problem), IsError = problem is not null }, status);
        }

        var product = (await catalog.ProductsAsync([form.ProductId], cancellationToken)).FirstOrDefault();
        var message = problem is null
            ? $"Added {form.Quantity} to your cart, held for you for {Format.TimeLeft(held!.Hold.ExpiresAt!.Value - cart.Now)}."
            : ShopperMessages.For(problem);
        var offer = problem?.Code == ErrorCodes.InsufficientStock ? problem.Details.GetValueOrDefault("available") as int? ?? 0 : 0;
        return Htmx.Fragment<AddToCartUpdate>(
            new { ProductId = form.ProductId, ProductName = product?.Name ?? "", ReturnUrl = form.ReturnUrl, Message = message, IsError = problem is not null, Offer = offer, Cart = cart },
            status);
    }

    public static Task<Results<RazorComponentResult<CartUpdate>, RedirectHttpResult>> ExtendAsync(
        Guid holdId, HttpContext http, CartIdentity carts, HoldService holds, CartReader reader, CancellationToken cancellationToken) =>
        ActAsync(http, carts, reader, holdId, owner => holds.ExtendAsync(holdId, owner, "Extended by the shopper", cancellationToken), cancellationToken);

    public static Task<Results<RazorComponentResult<CartUpdate>, RedirectHttpResult>> ChangeQuantityAsync(
        Guid holdId, [FromForm] int quantity, HttpContext http, CartIdentity carts, HoldService holds, CartReader reader, CancellationToken cancellationToken) =>
        ActAsync(http, carts, reader, holdId, owner => holds.ChangeQuantityAsync(holdId, owner, quantity, cancellationToken), cancellationToken);

    public static Task<Results<RazorComponentResult<CartUpdate>, RedirectHttpResult>> RemoveAsync(
        Guid holdId, HttpContext http, CartIdentity carts, HoldService holds, CartReader reader, CancellationToken cancellationToken) =>
        ActAsync(http, carts, reader, holdId, owner => holds.ReleaseAsync(holdId, owner, "Removed from cart", cancellationToken), cancellationToken);

    /// <summary>A countdown in the browser reached zero: expire this cart's due holds now, so their stock is on sale again at once.</summary>
    public static async Task<Results<RazorComponentResult<CartUpdate>, RedirectHttpResult>> ExpireAsync(
        HttpContext http, CartIdentity carts, HoldService holds, CartReader reader, CancellationToken cancellationToken)
    {
        if (carts.Find(http) is { } cartId)
        {
            await holds.ExpireDueAsync(HoldOwner.Cart(cartId), cancellationToken);
        }

        return await AnswerAsync(http, reader, carts.Find(http), null, null, cancellationToken);
    }

    private static async Task<Results<RazorComponentResult<CartUpdate>, RedirectHttpResult>> ActAsync(
        HttpContext http, CartIdentity carts, CartReader reader, Guid holdId, Func<HoldOwner, Task<HoldSnapshot>> act, CancellationToken cancellationToken)
    {
        var cartId = carts.Find(http);
        DomainException? problem = null;
        if (cartId is null)
        {
            // No cart cookie means no holds: the same answer as another cart's hold.
            problem = new DomainException(ErrorCodes.HoldNotFound, "No such hold.");
        }
        else
        {
            try
            {
                await act(HoldOwner.Cart(cartId));
            }
            catch (DomainException error)
            {
                problem = error;
            }
        }

        return await AnswerAsync(http, reader, cartId, problem, holdId, cancellationToken);
    }

    private static async Task<Results<RazorComponentResult<CartUpdate>, RedirectHttpResult>> AnswerAsync(
        HttpContext http, CartReader reader, string? cartId, DomainException? problem, Guid? holdId, CancellationToken cancellationToken)
    {
        if (!http.Request.IsHtmx())
        {
            return TypedResults.Redirect(problem is null ? "/cart" : $"/cart?problem={problem.Code}");
        }

        http.Response.TriggerCartChanged();
        var cart = await reader.LoadAsync(cartId, cancellationToken);
        var status = problem is null ? StatusCodes.Status200OK : DomainProblems.StatusFor(problem.Code);
        return Htmx.Fragment<CartUpdate>(
            new { Cart = cart, Message = problem is null ? null : ShopperMessages.For(problem), IsError = problem is not null, MessageHoldId = problem is null ? null : holdId },
            status);
    }
}
