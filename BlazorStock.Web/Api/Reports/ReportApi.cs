using System.Globalization;
using BlazorStock.Web.Api.Paging;
using BlazorStock.Web.Jobs;
using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BlazorStock.Web.Api.Reports;

/// <summary>The stored daily reports for staff, newest first, keyset-paged on their id.</summary>
public static class ReportApi
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/reports/daily", ListDailyAsync).WithName("ListDailyReports").WithTags("Reports").RequireStaff(StaffPolicies.Warehouse)
            .WithSummary("Past daily reports (holds created, expired, converted; most held; low stock), newest first; keyset-paged.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    public static async Task<Results<Ok<Page<DailyReportResponse>>, ProblemHttpResult>> ListDailyAsync(
        DailyReportQueries reports, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        if (!Cursor.TryLimit(limit, out var take, out var problem))
        {
            return problem;
        }

        long? before = null;
        if (cursor is not null)
        {
            if (!Cursor.TryDecode(cursor, 1, out var parts) || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var lastId))
            {
                return Cursor.Invalid();
            }

            before = lastId;
        }

        var rows = await reports.ListAsync(before, take + 1, cancellationToken);
        return TypedResults.Ok(Cursor.ToPage(rows, take, DailyReportResponse.Of, r => Cursor.Encode(r.Id.ToString(CultureInfo.InvariantCulture))));
    }
}
