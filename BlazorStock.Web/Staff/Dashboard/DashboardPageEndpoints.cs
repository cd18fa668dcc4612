using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Components.Pages.Staff.Dashboard;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BlazorStock.Web.Staff.Dashboard;

public static class DashboardPageEndpoints
{
    public static RouteGroupBuilder MapDashboardPageEndpoints(this RouteGroupBuilder staff)
    {
        staff.MapGet("/dashboard/live", GetLiveAsync);
        return staff;
    }

    public static async Task<RazorComponentResult<DashboardLive>> GetLiveAsync(StockDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        new(new { View = await DashboardQueries.LoadAsync(db, time.GetUtcNow(), cancellationToken) });
}
