using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Carts;
using BlazorStock.Web.Shoppers;
using BlazorStock.Web.Idempotency;
using BlazorStock.Web.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorStock.Web.Api.Carts;

/// <summary>The shopper's cart over HTTP: holds on stock, identified by the cart token (or the storefront's cookie).</summary>
public static class CartApi
{

    public static IEndpointRouteBuilder MapCartEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/carts", CreateCart).WithName("CreateCart").WithSummary("Start a cart; returns its token.").WithTags("Cart");

        var cart = api.MapGroup("/cart").WithTags("Cart").WithMetadata(CartEndpoint.Instance).ProducesProblem(StatusCodes.Status401Unauthorized);
        cart.MapGet("", GetCartAsync).WithName("GetCart").WithSummary("The cart's active holds and their total.");
        cart.MapPost("/holds", CreateHoldAsync).WithName("CreateHold")
            .WithSummary("Hold stock of a product; holding a product the cart already holds grows that hold (200).")
            .WithIdempotency(IdempotencyScope.Cart)
            .RequireHoldRateLimit()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        cart.MapPut("/holds/{id:guid}", ChangeHoldAsync).WithName("ChangeHold").WithSummary("Set a hold's quantity.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        cart.MapPost("/holds/{id:guid}/extend", ExtendHoldAsync).WithName("ExtendHold").WithSummary("Extend a hold's expiry, within the extension policy.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        cart.MapDelete("/holds/{id:guid}", ReleaseHoldAsync).WithName("ReleaseHold").WithSummary("Give a hold's stock back.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        cart.MapPost("/checkout", CheckoutAsync).WithName("Checkout").WithSummary("Turn the cart's holds into a pending order awaiting payment.")
            .WithIdempotency(IdempotencyScope.Cart)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    public static Created<CartTokenResponse> CreateCart(CartIdentity carts) =>
        TypedResults.Created((string?)null, new CartTokenResponse(carts.Create().Token));

    public static async Task<Results<Ok<CartResponse>, ProblemHttpResult>> GetCartAsync(
        HttpContext http, CartIdentity carts, StockDbContext db, IOptions<HoldOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!CartAccess.TryGetCart(http, carts, out var cartId, out var problem))
        {
            return problem;
        }

        var now = time.GetUtcNow();
        var rows = await db.Holds.AsNoTracking()
            .Where(h => h.OwnerType == HoldOwnerType.Cart && h.OwnerId == cartId && h.Status == HoldStatus.Active)
            .OrderBy(h => h.CreatedAt)
            .Join(db.Products, h => h.ProductId, p => p.Id, (h, p) => new { Hold = h, p.Sku, p.Name, p.Price })
            .ToListAsync(cancellationToken);
        var holds = rows.Select(r => new HoldResponse(r.Hold.Id, r.Hold.ProductId, r.Sku, r.Name, r.Hold.Quantity,
            HoldResponse.StatusAt(r.Hold.Status, r.Hold.ExpiresAt, now), r.Hold.CreatedAt, r.Hold.ExpiresAt, r.Hold.ExtensionsLeft(options.Value))).ToList();
        var total = rows.Where(r => r.Hold.IsUsableAt(now)).Sum(r => r.Price * r.Hold.Quantity);
        return TypedResults.Ok(new CartResponse(holds, total));
    }

    public static async Task<Results<Created<HoldResponse>, Ok<HoldResponse>, ProblemHttpResult>> CreateHoldAsync(
        CreateHoldRequest request, HttpContext http, CartIdentity carts, HoldService holds, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!CartAccess.TryGetCart(http, carts, out var cartId, out var problem))
        {
            return problem;
        }

        // A shopper token beside the cart token makes the hold the account's: its per-customer limit counts across carts.
        var result = await holds.HoldAsync(new HoldRequest(HoldOwner.Cart(cartId), request.ProductId, request.Quantity, CustomerId: ShopperAccounts.CustomerId(http.User)), cancellationToken);
        var hold = HoldResponse.From(result.Hold, time.GetUtcNow());
        return result.Created ? TypedResults.Created((string?)null, hold) : TypedResults.Ok(hold);
    }

    public static async Task<Results<Ok<HoldResponse>, ProblemHttpResult>> ChangeHoldAsync(
        Guid id, ChangeHoldRequest request, HttpContext http, CartIdentity carts, HoldService holds, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!CartAccess.TryGetCart(http, carts, out var cartId, out var problem))
        {
            return problem;
        }

        var hold = await holds.ChangeQuantityAsync(id, HoldOwner.Cart(cartId), request.Quantity, cancellationToken);
        return TypedResults.Ok(HoldResponse.From(hold, time.GetUtcNow()));
    }

    public static async Task<Results<Ok<HoldResponse>, ProblemHttpResult>> ExtendHoldAsync(
        Guid id, HttpContext http, CartIdentity carts, HoldService holds, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!CartAccess.TryGetCart(http, carts, out var cartId, out var problem))
        {
            return problem;
        }

        var hold = await holds.ExtendAsync(id, HoldOwner.Cart(cartId), HoldReasons.ExtendedByShopper, cancellationToken);
        return TypedResults.Ok(HoldResponse.From(hold, time.GetUtcNow()));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> ReleaseHoldAsync(
        Guid id, HttpContext http, CartIdentity carts, HoldService holds, CancellationToken cancellationToken)
    {
        if (!CartAccess.TryGetCart(http, carts, out var cartId, out var problem))
        {
            return problem;
        }

        await holds.ReleaseAsync(id, HoldOwner.Cart(cartId), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Created<CheckoutResponse>, ProblemHttpResult>> CheckoutAsync(
        CheckoutRequest? request, HttpContext http, CartIdentity carts, OrderService orders, CancellationToken cancellationToken)
    {
        if (!CartAccess.TryGetCart(http, carts, out var cartId, out var problem))
        {
            return problem;
        }

        var order = await orders.CheckoutAsync(cartId, request?.Customer ?? "", ShopperAccounts.CustomerId(http.User), cancellationToken);
        return TypedResults.Created((string?)null, new CheckoutResponse(order.Id, order.Status, order.PaymentDueAt, order.Total));
    }
}
