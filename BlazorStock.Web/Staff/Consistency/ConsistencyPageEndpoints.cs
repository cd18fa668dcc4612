using BlazorStock.Domain.Consistency;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Orders;
using BlazorStock.Web.Components.Pages.Staff.Consistency;
using BlazorStock.Web.Components.Pages.Staff.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace BlazorStock.Web.Staff.Consistency;

/// <summary>Run the consistency check, repair one finding or all (audited by the domain), and (Admin) run the cleanup now.</summary>
public static class ConsistencyPageEndpoints
{
    public const string Changed = "staff:consistency";
    private const int CleanupBatchSize = 500;

    public static RouteGroupBuilder MapConsistencyPageEndpoints(this RouteGroupBuilder staff)
    {
        staff.MapGet("/consistency/findings", GetFindingsAsync);
        staff.MapPost("/consistency/repair", RepairAsync);

        // Same rule as POST /api/admin/cleanup: expiring and cancelling in bulk is for admins.
        staff.MapPost("/consistency/cleanup", CleanupAsync).RequireAuthorization(StaffPolicies.Admin);
        return staff;
    }

    public static async Task<RazorComponentResult<FindingsTable>> GetFindingsAsync(ConsistencyService consistency, CancellationToken cancellationToken) =>
        new(new { Findings = await consistency.CheckAsync(cancellationToken) });

    public static Task<Results<RazorComponentResult<Toast>, RedirectHttpResult>> RepairAsync(
        [FromForm] RepairForm form, HttpContext http, ConsistencyService consistency, CancellationToken cancellationToken) =>
        StaffForms.ActAsync(http, "/staff/consistency", "/staff/consistency", Changed, async () =>
        {
            var result = await consistency.RepairAsync(string.IsNullOrEmpty(form.Key) ? null : form.Key, cancellationToken);
            return result.Repaired.Count == 0
                ? "Nothing to repair" + (result.Skipped.Count > 0 ? $"; {result.Skipped.Count} finding(s) need a person." : ".")
                : $"Repaired {result.Repaired.Count} finding(s)" + (result.Skipped.Count > 0 ? $"; {result.Skipped.Count} need a person." : ".");
        });

    public static Task<Results<RazorComponentResult<Toast>, RedirectHttpResult>> CleanupAsync(
        HttpContext http, HoldService holds, OrderService orders, CancellationToken cancellationToken) =>
        StaffForms.ActAsync(http, "/staff/consistency", "/staff/consistency", Changed, async () =>
        {
            var expired = await holds.ExpireDueAsync(CleanupBatchSize, cancellationToken);
            var overdue = await orders.CancelOverdueAsync(CleanupBatchSize, dryRun: false, cancellationToken);
            return $"Cleanup: expired {expired.HoldsExpired} hold(s), cancelled {overdue.OrdersCancelled} overdue order(s).";
        });
}
