using BlazorStock.Domain;
using BlazorStock.Domain.Analytics;
using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Errors;
using BlazorStock.Web.Features.Staff.Analytics;
using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Api.Analytics;

/// <summary>Hold analytics for staff, as the back office's analytics page shows them.</summary>
public static class AnalyticsApi
{
    public static IEndpointRouteBuilder MapAnalyticsEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/analytics", GetAsync).WithName("GetAnalytics").WithTags("Analytics").RequireStaff(StaffPolicies.Warehouse)
            .WithSummary("Holds created, conversion and expiry rate, extensions used, median time to checkout, most held and most expired, per hour (24h) or day (7d, 30d), overall or for one product.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <param name="period">24h (default), 7d or 30d.</param>
    public static async Task<Results<Ok<AnalyticsResponse>, ProblemHttpResult>> GetAsync(
        string? period, int? productId, StockDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (AnalyticsPeriod.Find(period ?? AnalyticsPeriod.All[0].Key) is not { } window)
        {
            return ApiProblems.Invalid("invalid_period", $"period is one of {string.Join(", ", AnalyticsPeriod.All.Select(p => p.Key))}.");
        }

        if (productId is { } id && !await db.Products.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return ApiProblems.Problem(StatusCodes.Status404NotFound, ErrorCodes.ProductNotFound, $"Product {id} does not exist.");
        }

        var (from, to) = window.WindowAt(time.GetUtcNow());
        var data = await AnalyticsQueries.LoadAsync(db, from, to, window.Bucket, productId, cancellationToken);
        return TypedResults.Ok(AnalyticsResponse.Of(window.Key, data));
    }
}
