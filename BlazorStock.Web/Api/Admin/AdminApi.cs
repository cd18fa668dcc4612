using BlazorStock.Domain.Consistency;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Api.Paging;
using BlazorStock.Web.Errors;
using BlazorStock.Web.Jobs;
using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace BlazorStock.Web.Api.Admin;

/// <summary>Staff oversight: every hold, the consistency check and repair, and (Admin) the cleanup run.</summary>
public static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Admin").RequireStaff(StaffPolicies.Warehouse);
        admin.MapGet("/holds", ListHoldsAsync).WithName("ListHolds")
            .WithSummary("All holds, filtered by status, product, warehouse, owner type or expiry within N minutes; newest first by default; keyset-paged.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        admin.MapGet("/consistency", CheckConsistencyAsync).WithName("CheckConsistency")
            .WithSummary("Compare stored counts with what holds, orders and units say they should be.");
        admin.MapPost("/consistency/repair", RepairAsync).WithName("RepairConsistency")
            .WithSummary("Repair one finding (by key) or all repairable ones; each repair is audited.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/cleanup", CleanupAsync).WithName("Cleanup").RequireStaff(StaffPolicies.Admin)
            .WithSummary("Expire due holds and cancel overdue unpaid orders now; dryRun=true only counts them.");
        return api;
    }

    public static async Task<Results<Ok<Page<AdminHoldResponse>>, ProblemHttpResult>> ListHoldsAsync(
        StockDbContext db, IOptions<HoldOptions> options, TimeProvider time, HoldStatus? status, int? productId, int? warehouseId, HoldOwnerType? ownerType,
        int? expiringWithinMinutes, string? sort, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        sort ??= HoldQueries.Sorts[0];
        if (!HoldQueries.Sorts.Contains(sort))
        {
            return ApiProblems.Invalid("invalid_sort", $"sort is one of {string.Join(", ", HoldQueries.Sorts)}.");
        }

        if (expiringWithinMinutes < 1)
        {
            return ApiProblems.Invalid("invalid_request", "expiringWithinMinutes must be at least 1.");
        }

        if (!Cursor.TryLimit(limit, out var take, out var problem))
        {
            return problem;
        }

        var filter = new HoldFilter(status, productId, warehouseId, ownerType, expiringWithinMinutes, sort);
        return await HoldQueries.ListAsync(db, options.Value, filter, cursor, take, time.GetUtcNow(), cancellationToken) is { } page
            ? TypedResults.Ok(new Page<AdminHoldResponse>(page.Items.Select(h => h.ToResponse()).ToList(), page.NextCursor))
            : Cursor.Invalid();
    }

    public static async Task<Ok<ConsistencyResponse>> CheckConsistencyAsync(ConsistencyService consistency, CancellationToken cancellationToken)
    {
        var findings = await consistency.CheckAsync(cancellationToken);
        return TypedResults.Ok(new ConsistencyResponse(findings.Count == 0, findings));
    }

    public static async Task<Ok<RepairResponse>> RepairAsync(RepairRequest? request, ConsistencyService consistency, CancellationToken cancellationToken)
    {
        var result = await consistency.RepairAsync(request?.Key, cancellationToken);
        return TypedResults.Ok(new RepairResponse(result.Repaired, result.Skipped));
    }

    /// <summary>The same run as the <c>expire-holds</c> job, in batches of its <c>Jobs:ExpireHolds:BatchSize</c>.</summary>
    public static async Task<Ok<CleanupResponse>> CleanupAsync(bool? dryRun, HoldService holds, OrderService orders, IOptions<JobOptions> jobs, CancellationToken cancellationToken)
    {
        var dry = dryRun ?? false;
        var batchSize = jobs.Value.ExpireHolds.BatchSize;
        var expired = dry ? await holds.PreviewExpiryAsync(cancellationToken) : await holds.ExpireDueAsync(batchSize, cancellationToken);
        var overdue = await orders.CancelOverdueAsync(batchSize, dry, cancellationToken);
        return TypedResults.Ok(new CleanupResponse(dry, expired.HoldsExpired, expired.UnitsReleased + overdue.UnitsReleased, overdue.OrdersCancelled));
    }
}
