using BlazorStock.Domain;
using BlazorStock.Domain.Orders;
using BlazorStock.Web.Carts;
using BlazorStock.Web.Components.Pages.Checkout;
using BlazorStock.Web.Errors;
using BlazorStock.Web.Orders;
using BlazorStock.Web.Requests;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace BlazorStock.Web.Storefront;

/// <summary>Checkout (the cart's holds become an order pending payment) and the simulated payment step.</summary>
public static class CheckoutEndpoints
{
    public static IEndpointRouteBuilder MapCheckoutEndpoints(this IEndpointRouteBuilder app)
    {
        var checkout = app.MapGroup("/checkout").RequireAntiforgery();
        checkout.MapGet("/panel", GetPanelAsync);
        checkout.MapPost("/place", PlaceOrderAsync);

        var orders = app.MapGroup("/orders").RequireAntiforgery();
        orders.MapGet("/{orderId:guid}/status", GetStatusAsync);
        orders.MapPost("/{orderId:guid}/pay", PayAsync);
        return app;
    }

    public static async Task<RazorComponentResult<CheckoutPanel>> GetPanelAsync(
        HttpContext http, CartIdentity carts, CartReader reader, IOptions<OrderOptions> options, CancellationToken cancellationToken) =>
        Htmx.Fragment<CheckoutPanel>(new { Cart = await reader.LoadAsync(carts.Find(http), cancellationToken), options.Value.PaymentWindow });

    public static async Task<Results<Ok, RazorComponentResult<CheckoutPanel>, RedirectHttpResult>> PlaceOrderAsync(
        [FromForm] string? customer, HttpContext http, CartIdentity carts, OrderService orders, CartReader reader, IOptions<OrderOptions> options, CancellationToken cancellationToken)
    {
        var cartId = carts.Find(http);
        Order? order = null;
        DomainException? problem = null;
        try
        {
            order = cartId is null ? null : await orders.CheckoutAsync(cartId, customer ?? "", cancellationToken);
        }
        catch (DomainException error)
        {
            problem = error;
        }

        problem ??= order is null ? new DomainException(ErrorCodes.EmptyCart, "Your cart is empty.") : null;
        if (problem is null)
        {
            var location = $"/orders/{order!.Id}";
            if (!http.Request.IsHtmx())
            {
                return TypedResults.Redirect(location);
            }

            http.Response.Headers["HX-Redirect"] = location;
            return TypedResults.Ok();
        }

        if (!http.Request.IsHtmx())
        {
            return TypedResults.Redirect($"/checkout?problem={problem.Code}");
        }

        var unavailable = (problem.Details.GetValueOrDefault("lines") as IEnumerable<InvalidCartLine>)?
            .Select(l => new EndedLineView(l.HoldId, l.ProductId, l.ProductName, l.Quantity, l.AvailableNow, l.Reason))
            .ToList();
        var cart = await reader.LoadAsync(cartId, cancellationToken);
        return Htmx.Fragment<CheckoutPanel>(
            new { Cart = cart, options.Value.PaymentWindow, Message = ShopperMessages.For(problem), Unavailable = unavailable },
            DomainProblems.StatusFor(problem.Code));
    }

    public static async Task<Results<RazorComponentResult<OrderStatusPanel>, NotFound>> GetStatusAsync(
        Guid orderId, HttpContext http, CartIdentity carts, OrderReader reader, TimeProvider time, CancellationToken cancellationToken) =>
        await reader.FindAsync(orderId, carts.Find(http), cancellationToken) is { } order
            ? Htmx.Fragment<OrderStatusPanel>(new { Order = order, Now = time.GetUtcNow() })
            : TypedResults.NotFound();

    public static async Task<Results<RazorComponentResult<OrderStatusPanel>, NotFound, RedirectHttpResult>> PayAsync(
        Guid orderId, [FromForm] PaymentForm form, HttpContext http, CartIdentity carts, OrderService orders, OrderReader reader, TimeProvider time, CancellationToken cancellationToken)
    {
        var cartId = carts.Find(http);
        DomainException? problem = null;
        try
        {
            if (cartId is null)
            {
                throw new DomainException(ErrorCodes.OrderNotFound, "No such order.");
            }

            await orders.PayAsync(orderId, cartId, succeed: form.Outcome != "decline", cancellationToken);
        }
        catch (DomainException error)
        {
            problem = error;
        }

        if (!http.Request.IsHtmx())
        {
            return problem?.Code == ErrorCodes.OrderNotFound
                ? TypedResults.NotFound()
                : TypedResults.Redirect(problem is null ? $"/orders/{orderId}" : $"/orders/{orderId}?problem={problem.Code}");
        }

        if (await reader.FindAsync(orderId, cartId, cancellationToken) is not { } order)
        {
            return TypedResults.NotFound();
        }

        var status = problem is null ? StatusCodes.Status200OK : DomainProblems.StatusFor(problem.Code);
        return Htmx.Fragment<OrderStatusPanel>(
            new { Order = order, Now = time.GetUtcNow(), Message = problem is null ? "Payment received — thank you!" : ShopperMessages.For(problem), IsError = problem is not null },
            status);
    }
}
