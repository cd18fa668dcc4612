using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Features.Staff.Dashboard;
using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BlazorStock.Web.Api.Dashboard;

/// <summary>The back office dashboard's figures, read by the same query as its page.</summary>
public static class DashboardApi
{
    public static IEndpointRouteBuilder MapDashboardEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/admin/dashboard", GetAsync).WithName("GetDashboard").WithTags("Dashboard").RequireStaff(StaffPolicies.Warehouse)
            .WithSummary("Active holds and units held, holds expiring in 5 minutes, the last 24 h (created; converted, expired, released with the conversion and expiry rates), holds per hour, stock per warehouse with low-stock flags.");
        return api;
    }

    public static async Task<Ok<DashboardView>> GetAsync(StockDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        TypedResults.Ok(await DashboardQueries.LoadAsync(db, time.GetUtcNow(), cancellationToken));
}
