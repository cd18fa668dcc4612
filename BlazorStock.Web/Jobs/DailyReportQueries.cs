using BlazorStock.Domain.Jobs;
using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Jobs;

/// <summary>Past daily reports, newest first, each with its figures: by page for the jobs page, by cursor for the API.</summary>
public sealed class DailyReportQueries(IDbContextFactory<StockDbContext> contexts)
{
    public const int MaxPageSize = 200;

    /// <param name="page">Zero-based.</param>
    public async Task<PagedList<DailyReport>> PageAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var total = await db.DailyReports.CountAsync(cancellationToken);
        var items = await Newest(db).Skip(page * pageSize).Take(Math.Min(pageSize, MaxPageSize)).ToListAsync(cancellationToken);
        return new PagedList<DailyReport>(items, total);
    }

    /// <summary>Up to <paramref name="take"/> reports older than the one with id <paramref name="before"/> (keyset paging).</summary>
    public async Task<List<DailyReport>> ListAsync(long? before, int take, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (before is { } id ? Newest(db).Where(r => r.Id < id) : Newest(db)).Take(take).ToListAsync(cancellationToken);
    }

    private static IQueryable<DailyReport> Newest(StockDbContext db) => db.DailyReports.AsNoTracking().OrderByDescending(r => r.Id);
}
