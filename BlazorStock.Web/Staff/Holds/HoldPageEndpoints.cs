using System.Globalization;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Api.Admin;
using BlazorStock.Web.Components.Pages.Staff.Holds;
using BlazorStock.Web.Components.Pages.Staff.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorStock.Web.Staff.Holds;

/// <summary>The holds page's live rows, its CSV export, and staff release/extend (each with an audited reason).</summary>
public static class HoldPageEndpoints
{
    public const string Changed = "staff:holds";
    private const int ExportLimit = 100_000;
    private const int ExportBatch = 500;

    public static RouteGroupBuilder MapHoldPageEndpoints(this RouteGroupBuilder staff)
    {
        staff.MapGet("/holds/rows", GetRowsAsync);
        staff.MapGet("/holds/export.csv", ExportAsync);
        staff.MapPost("/holds/{id:guid}/release", ReleaseAsync);
        staff.MapPost("/holds/{id:guid}/extend", ExtendAsync);
        return staff;
    }

    public static async Task<RazorComponentResult<HoldRows>> GetRowsAsync(
        [AsParameters] HoldsQuery query, StockDbContext db, IOptions<HoldOptions> options, TimeProvider time, CancellationToken cancellationToken) =>
        new(new { View = await HoldsReader.LoadAsync(db, options.Value, query, time.GetUtcNow(), cancellationToken) });

    /// <summary>Every hold matching the page's filters (not just the page shown), streamed in keyset batches.</summary>
    public static async Task ExportAsync(
        [AsParameters] HoldsQuery query, HttpContext http, StockDbContext db, IOptions<HoldOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var codes = await db.Warehouses.AsNoTracking().ToDictionaryAsync(w => w.Id, w => w.Code, cancellationToken);
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"holds-{now.UtcDateTime.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}.csv\"";
        await using var writer = new StreamWriter(http.Response.Body, HoldCsv.Encoding);
        await writer.WriteAsync(HoldCsv.Header + "\r\n");
        var filter = query.ToFilter();
        string? cursor = null;
        var written = 0;
        do
        {
            var page = await HoldQueries.ListAsync(db, options.Value, filter, cursor, ExportBatch, now, cancellationToken);
            if (page is null)
            {
                break;
            }

            foreach (var hold in page.Items)
            {
                await writer.WriteAsync(HoldCsv.Line(hold, codes) + "\r\n");
            }

            written += page.Items.Count;
            cursor = page.NextCursor;
        }
        while (cursor is not null && written < ExportLimit);
    }

    public static Task<Results<RazorComponentResult<Toast>, RedirectHttpResult>> ReleaseAsync(
        Guid id, [FromForm] HoldActionForm form, HttpContext http, HoldService holds, CancellationToken cancellationToken) =>
        WithReasonAsync(form, http, async reason =>
        {
            var hold = await holds.ReleaseAsync(id, null, $"Released by staff: {reason}", cancellationToken);
            return $"Released the hold on {hold.Quantity} × {hold.ProductName}.";
        });

    public static Task<Results<RazorComponentResult<Toast>, RedirectHttpResult>> ExtendAsync(
        Guid id, [FromForm] HoldActionForm form, HttpContext http, HoldService holds, CancellationToken cancellationToken) =>
        WithReasonAsync(form, http, async reason =>
        {
            var hold = await holds.ExtendAsync(id, null, $"Extended by staff: {reason}", cancellationToken);
            return $"Extended the hold on {hold.ProductName} until {hold.ExpiresAt!.Value.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} UTC ({hold.ExtensionsLeft} extension(s) left).";
        });

    /// <summary>Staff act on a hold only with a reason, which goes into the audit log; <paramref name="act"/> answers the toast.</summary>
    private static Task<Results<RazorComponentResult<Toast>, RedirectHttpResult>> WithReasonAsync(
        HoldActionForm form, HttpContext http, Func<string, Task<string>> act) =>
        Reason(form) is { } reason
            ? StaffForms.ActAsync(http, form.ReturnUrl, "/staff/holds", Changed, () => act(reason))
            : Task.FromResult(StaffForms.Refuse(http, "Give a reason (up to 500 characters): it goes into the audit log.", form.ReturnUrl, "/staff/holds"));

    private static string? Reason(HoldActionForm form) => form.Reason?.Trim() is { Length: > 0 and <= 500 } reason ? reason : null;
}
