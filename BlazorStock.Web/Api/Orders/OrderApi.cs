using BlazorStock.Domain;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Stock;
using BlazorStock.Web.Api.Carts;
using BlazorStock.Web.Api.Paging;
using BlazorStock.Web.Carts;
using BlazorStock.Web.Errors;
using BlazorStock.Web.Idempotency;
using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Api.Orders;

/// <summary>Orders: the shopper pays for their checkout; staff create, list, reserve, record payments for, move and cancel orders.</summary>
public static class OrderApi
{
    private const int MaxLines = 100;

    public static IEndpointRouteBuilder MapOrderEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/orders/{id:guid}/pay", PayAsync).WithName("PayOrder").WithTags("Cart")
            .WithSummary("Simulated payment of the cart's pending order: succeed confirms it, decline (402) changes nothing.")
            .WithMetadata(CartEndpoint.Instance)
            .WithIdempotency(IdempotencyScope.Cart)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status402PaymentRequired)
            .ProducesProblem(StatusCodes.Status404NotFound);

        var orders = api.MapGroup("/orders").WithTags("Orders").RequireStaff(StaffPolicies.Warehouse);
        orders.MapPost("/check-availability", CheckAvailabilityAsync).WithName("CheckAvailability")
            .WithSummary("Could these lines be held now? Lines sharing a product or kit component are counted together.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        orders.MapPost("", CreateOrderAsync).WithName("CreateOrder").WithSummary("Create an order for a customer, optionally reserving its stock.")
            .WithIdempotency(IdempotencyScope.User)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        orders.MapGet("", ListOrdersAsync).WithName("ListOrders").WithSummary("Orders, newest first by default; keyset-paged.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        orders.MapGet("/{id:guid}", GetOrderAsync).WithName("GetOrder").ProducesProblem(StatusCodes.Status404NotFound);
        orders.MapGet("/{id:guid}/availability", GetOrderAvailabilityAsync).WithName("GetOrderAvailability")
            .WithSummary("Whether what the order does not hold yet could be held now.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        orders.MapPost("/{id:guid}/reserve", ReserveAsync).WithName("ReserveOrder").WithSummary("Hold whatever part of a pending order is not held yet.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        orders.MapDelete("/{id:guid}/reservations", ReleaseReservationsAsync).WithName("ReleaseOrderReservations")
            .WithSummary("Release a pending order's holds.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        orders.MapPost("/{id:guid}/payment", RecordPaymentAsync).WithName("RecordOrderPayment")
            .WithSummary("Record a payment staff received for an unpaid order (invoice, transfer); it stays in its status, ready to confirm.")
            .WithIdempotency(IdempotencyScope.User)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        orders.MapPost("/{id:guid}/transition", TransitionAsync).WithName("TransitionOrder").WithSummary("Move an order to its next state.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        orders.MapDelete("/{id:guid}", CancelAsync).WithName("CancelOrder").WithSummary("Cancel an order, releasing its holds.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    public static async Task<Results<Ok<OrderResponse>, ProblemHttpResult>> PayAsync(
        Guid id, PayRequest request, HttpContext http, CartIdentity carts, OrderService orders, StockDbContext db, CancellationToken cancellationToken)
    {
        if (!CartAccess.TryGetCart(http, carts, out var cartId, out var problem))
        {
            return problem;
        }

        var order = await orders.PayAsync(id, cartId, request.Outcome == PaymentOutcome.Succeed, cancellationToken);
        return TypedResults.Ok(await OrderReadModel.ToResponseAsync(db, order, cancellationToken));
    }

    public static async Task<Results<Ok<AvailabilityResponse>, ProblemHttpResult>> CheckAvailabilityAsync(
        AvailabilityRequest request, AvailabilityService availability, CancellationToken cancellationToken)
    {
        if (InvalidLines(request.Lines) is { } problem)
        {
            return problem;
        }

        var report = await availability.CheckAsync(request.Lines.Select(l => new OrderLineRequest(l.ProductId, l.Quantity)).ToList(), cancellationToken);
        return TypedResults.Ok(new AvailabilityResponse(report.Available, report.Lines.Select(l => LineAvailabilityResponse.From(l)).ToList()));
    }

    public static async Task<Results<Created<OrderResponse>, ProblemHttpResult>> CreateOrderAsync(
        CreateOrderRequest request, OrderService orders, StockDbContext db, CancellationToken cancellationToken)
    {
        if (InvalidLines(request.Lines) is { } problem)
        {
            return problem;
        }

        var order = await orders.CreateAsync(request.Customer, request.Lines.Select(l => new OrderLineRequest(l.ProductId, l.Quantity)).ToList(), request.Reserve, cancellationToken);
        return TypedResults.Created($"/api/orders/{order.Id}", await OrderReadModel.ToResponseAsync(db, order, cancellationToken));
    }

    public static async Task<Results<Ok<Page<OrderSummary>>, ProblemHttpResult>> ListOrdersAsync(
        StockDbContext db, OrderStatus? status, string? customer, DateTimeOffset? from, DateTimeOffset? to, string? sort, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        sort ??= OrderQueries.Sorts[0];
        if (!OrderQueries.Sorts.Contains(sort))
        {
            return ApiProblems.Invalid("invalid_sort", $"sort is one of {string.Join(", ", OrderQueries.Sorts)}.");
        }

        if (!Cursor.TryLimit(limit, out var take, out var problem))
        {
            return problem;
        }

        if (customer is { Length: > Order.MaxCustomerLength })
        {
            return ApiProblems.Invalid(ErrorCodes.InvalidCustomer, $"customer is at most {Order.MaxCustomerLength} characters.");
        }

        return await OrderQueries.ListAsync(db, new OrderFilter(status, customer, from, to), sort, cursor, take, cancellationToken) is { } page ? TypedResults.Ok(page) : Cursor.Invalid();
    }

    public static async Task<Results<Ok<OrderResponse>, ProblemHttpResult>> GetOrderAsync(Guid id, StockDbContext db, CancellationToken cancellationToken) =>
        await OrderReadModel.DetailAsync(db, id, cancellationToken) is { } order ? TypedResults.Ok(order) : NoSuchOrder();

    public static async Task<Results<Ok<OrderAvailabilityResponse>, ProblemHttpResult>> GetOrderAvailabilityAsync(
        Guid id, StockDbContext db, AvailabilityService availability, CancellationToken cancellationToken) =>
        await OrderReadModel.AvailabilityAsync(db, availability, id, cancellationToken) is { } report ? TypedResults.Ok(report) : NoSuchOrder();

    public static async Task<Ok<OrderResponse>> ReserveAsync(Guid id, OrderService orders, StockDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await OrderReadModel.ToResponseAsync(db, await orders.ReserveAsync(id, cancellationToken), cancellationToken));

    public static async Task<NoContent> ReleaseReservationsAsync(Guid id, OrderService orders, CancellationToken cancellationToken)
    {
        await orders.ReleaseReservationsAsync(id, "Reservations released by staff", cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<OrderResponse>> RecordPaymentAsync(
        Guid id, RecordPaymentRequest request, OrderService orders, StockDbContext db, CancellationToken cancellationToken)
    {
        var order = await orders.RecordPaymentAsync(id, request.Reference, cancellationToken);
        return TypedResults.Ok(await OrderReadModel.ToResponseAsync(db, order, cancellationToken));
    }

    public static async Task<Results<Ok<OrderResponse>, ProblemHttpResult>> TransitionAsync(
        Guid id, TransitionRequest request, OrderService orders, StockDbContext db, CancellationToken cancellationToken)
    {
        var order = await orders.TransitionAsync(id, request.To, request.Reason, cancellationToken);
        return TypedResults.Ok(await OrderReadModel.ToResponseAsync(db, order, cancellationToken));
    }

    public static async Task<NoContent> CancelAsync(Guid id, OrderService orders, CancellationToken cancellationToken)
    {
        await orders.CancelAsync(id, null, "Cancelled by staff", cancellationToken);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult NoSuchOrder() => ApiProblems.Problem(StatusCodes.Status404NotFound, Domain.ErrorCodes.OrderNotFound, "No such order.");

    // A JSON list may hold nulls whatever its element type says ("lines": [null] was a 500, issue 19).
    private static ProblemHttpResult? InvalidLines(IReadOnlyList<OrderLineInput?> lines) =>
        lines.Count is 0 or > MaxLines || lines.Any(l => l is null || l.Quantity is < 1 or > Order.MaxLineQuantity)
            ? ApiProblems.Invalid(Domain.ErrorCodes.InvalidQuantity, $"Give 1 to {MaxLines} lines, each with a quantity of 1 to {Order.MaxLineQuantity}.")
            : null;
}
