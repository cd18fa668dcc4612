using BlazorStock.Domain;
using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Errors;
using BlazorStock.Web.Features.Staff.History;
using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Api.History;

/// <summary>
/// The readable timelines of the back office's history pages, oldest first: each change as field before → after,
/// with who, why, and the object named for people.
/// </summary>
public static class TimelineApi
{
    public static IEndpointRouteBuilder MapTimelineEndpoints(this IEndpointRouteBuilder api)
    {
        var timelines = api.MapGroup("").WithTags("History").RequireStaff(StaffPolicies.Warehouse).ProducesProblem(StatusCodes.Status404NotFound);
        timelines.MapGet("/admin/holds/{id:guid}/timeline", HoldAsync).WithName("GetHoldTimeline")
            .WithSummary("A hold's life and the stock it reserved and gave back.");
        timelines.MapGet("/orders/{id:guid}/timeline", OrderAsync).WithName("GetOrderTimeline")
            .WithSummary("An order's states and the holds behind it.");
        timelines.MapGet("/products/{id:int}/timeline", ProductAsync).WithName("GetProductTimeline")
            .WithSummary("A product's changes and every stock movement of it.");
        timelines.MapGet("/items/{id:int}/timeline", ItemAsync).WithName("GetItemTimeline")
            .WithSummary("Every status a serialized unit went through (who, why, for which hold or order) and its other audited changes.");
        return api;
    }

    public static async Task<Results<Ok<List<TimelineEntry>>, ProblemHttpResult>> HoldAsync(Guid id, StockDbContext db, CancellationToken cancellationToken) =>
        await db.Holds.AnyAsync(h => h.Id == id, cancellationToken)
            ? TypedResults.Ok(await AuditQueries.ForHoldAsync(db, id, cancellationToken))
            : Missing(ErrorCodes.HoldNotFound, $"Hold {id} does not exist.");

    public static async Task<Results<Ok<List<TimelineEntry>>, ProblemHttpResult>> OrderAsync(Guid id, StockDbContext db, CancellationToken cancellationToken) =>
        await db.Orders.AnyAsync(o => o.Id == id, cancellationToken)
            ? TypedResults.Ok(await AuditQueries.ForOrderAsync(db, id, cancellationToken))
            : Missing(ErrorCodes.OrderNotFound, $"Order {id} does not exist.");

    public static async Task<Results<Ok<List<TimelineEntry>>, ProblemHttpResult>> ProductAsync(int id, StockDbContext db, CancellationToken cancellationToken) =>
        await db.Products.AnyAsync(p => p.Id == id, cancellationToken)
            ? TypedResults.Ok(await AuditQueries.ForProductAsync(db, id, cancellationToken))
            : Missing(ErrorCodes.ProductNotFound, $"Product {id} does not exist.");

    public static async Task<Results<Ok<List<TimelineEntry>>, ProblemHttpResult>> ItemAsync(int id, StockDbContext db, CancellationToken cancellationToken) =>
        await db.SerializedUnits.AnyAsync(u => u.Id == id, cancellationToken)
            ? TypedResults.Ok(await AuditQueries.ForUnitAsync(db, id, cancellationToken))
            : Missing(ErrorCodes.UnitNotFound, $"Item {id} does not exist.");

    private static ProblemHttpResult Missing(string code, string detail) => ApiProblems.Problem(StatusCodes.Status404NotFound, code, detail);
}
