using BlazorStock.Domain.Jobs;
using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Jobs;

/// <summary>Past daily reports, newest first, each with its figures: by page for the jobs page, by cursor for the API.</summary>
public sealed class DailyReportQueries(StockDbContext db)
{
    public const int MaxPageSize = 200;

    /// <param name="page">Zero-based.</param>
    public async Task<PagedList<DailyReport>> PageAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var total = await db.DailyReports.CountAsync(cancellationToken);
        var items = await Newest().Skip(page * pageSize).Take(Math.Min(pageSize, MaxPageSize)).ToListAsync(cancellationToken);
        return new PagedList<DailyReport>(items, total);
    }

    /// <summary>Up to <paramref name="take"/> reports older than the one with id <paramref name="before"/> (keyset paging).</summary>
    public Task<List<DailyReport>> ListAsync(long? before, int take, CancellationToken cancellationToken) =>
        (before is { } id ? Newest().Where(r => r.Id < id) : Newest()).Take(take).ToListAsync(cancellationToken);

    private IQueryable<DailyReport> Newest() => db.DailyReports.AsNoTracking().OrderByDescending(r => r.Id);
}
