using System.Globalization;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Api.Admin;
using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorStock.Web.Features.Staff.Holds;

/// <summary>
/// The holds grid's CSV export (MudDataGrid has none): every hold matching the grid's filters, not only the page
/// shown, streamed in keyset batches through the same query as the grid and the API.
/// </summary>
public static class HoldExportEndpoint
{
    public const string Path = "/staff/holds/export.csv";
    private const int ExportLimit = 100_000;
    private const int ExportBatch = 500;

    public static IEndpointRouteBuilder MapHoldExport(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, ExportAsync).RequireAuthorization(StaffPolicies.Warehouse).ExcludeFromDescription();
        return app;
    }

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
}
