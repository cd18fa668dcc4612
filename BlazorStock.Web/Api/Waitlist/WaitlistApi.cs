using BlazorStock.Domain.Waitlist;
using BlazorStock.Web.Api.Carts;
using BlazorStock.Web.Carts;
using BlazorStock.Web.Features.Waitlist;
using BlazorStock.Web.Shoppers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BlazorStock.Web.Api.Waitlist;

/// <summary>
/// A cart's places in product waitlists (issue 17, docs/decisions/009). With a shopper token beside the cart token
/// the place is also the account's (one per account per product) and the hand-off counts against its limit.
/// </summary>
public static class WaitlistApi
{
    public static IEndpointRouteBuilder MapWaitlistEndpoints(this IEndpointRouteBuilder api)
    {
        var waitlist = api.MapGroup("/cart/waitlist").WithTags("Waitlist").WithMetadata(CartEndpoint.Instance).ProducesProblem(StatusCodes.Status401Unauthorized);
        waitlist.MapPost("", JoinAsync).WithName("JoinWaitlist")
            .WithSummary("Wait for a sold-out product; freed units are then held for this cart, first come first served, as a hand-off hold.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        waitlist.MapGet("/{productId:int}", GetPlaceAsync).WithName("GetWaitlistPlace").WithSummary("This cart's place in a product's line.");
        waitlist.MapDelete("/{productId:int}", LeaveAsync).WithName("LeaveWaitlist").WithSummary("Leave a product's line.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<Results<Created<WaitlistPlaceResponse>, ProblemHttpResult>> JoinAsync(
        JoinWaitlistRequest request, HttpContext http, CartIdentity carts, WaitlistService waitlists, WaitlistReader reader, CancellationToken cancellationToken)
    {
        if (!CartAccess.TryGetCart(http, carts, out var cartId, out var problem))
        {
            return problem;
        }

        var customerId = ShopperAccounts.CustomerId(http.User);
        await waitlists.JoinAsync(cartId, customerId, request.ProductId, request.Quantity, cancellationToken);
        return TypedResults.Created($"/api/cart/waitlist/{request.ProductId}", await PlaceAsync(reader, request.ProductId, cartId, customerId, cancellationToken));
    }

    public static async Task<Results<Ok<WaitlistPlaceResponse>, ProblemHttpResult>> GetPlaceAsync(
        int productId, HttpContext http, CartIdentity carts, WaitlistReader reader, CancellationToken cancellationToken)
    {
        if (!CartAccess.TryGetCart(http, carts, out var cartId, out var problem))
        {
            return problem;
        }

        return TypedResults.Ok(await PlaceAsync(reader, productId, cartId, ShopperAccounts.CustomerId(http.User), cancellationToken));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> LeaveAsync(
        int productId, HttpContext http, CartIdentity carts, WaitlistService waitlists, CancellationToken cancellationToken)
    {
        if (!CartAccess.TryGetCart(http, carts, out var cartId, out var problem))
        {
            return problem;
        }

        await waitlists.LeaveAsync(cartId, ShopperAccounts.CustomerId(http.User), productId, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<WaitlistPlaceResponse> PlaceAsync(WaitlistReader reader, int productId, string cartId, string? customerId, CancellationToken cancellationToken)
    {
        var place = await reader.PlaceAsync(productId, cartId, customerId, cancellationToken);
        return new WaitlistPlaceResponse(productId, place.Position, place.Quantity, place.Waiting);
    }
}
