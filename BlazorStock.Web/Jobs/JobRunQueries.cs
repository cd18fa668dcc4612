using BlazorStock.Domain.Jobs;
using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Jobs;

/// <summary>The run history in our database, newest first, filtered by job, outcome and day. Each read takes its own context.</summary>
public sealed class JobRunQueries(IDbContextFactory<StockDbContext> contexts)
{
    public const int MaxPageSize = 200;

    /// <param name="page">Zero-based, as MudDataGrid's server data counts pages.</param>
    public async Task<PagedList<JobRun>> PageAsync(JobRunFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runs = Filtered(db, filter);
        var total = await runs.CountAsync(cancellationToken);
        var items = await runs.OrderByDescending(r => r.Id).Skip(page * pageSize).Take(Math.Min(pageSize, MaxPageSize)).ToListAsync(cancellationToken);
        return new PagedList<JobRun>(items, total);
    }

    public async Task<JobRun?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.JobRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
    }

    private static IQueryable<JobRun> Filtered(StockDbContext db, JobRunFilter filter)
    {
        var runs = db.JobRuns.AsNoTracking();
        if (!string.IsNullOrEmpty(filter.Job))
        {
            runs = runs.Where(r => r.Job == filter.Job);
        }

        if (filter.Outcome is { } outcome)
        {
            runs = runs.Where(r => r.Outcome == outcome);
        }

        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            runs = runs.Where(r => r.StartedAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            runs = runs.Where(r => r.StartedAt < end);
        }

        return runs;
    }
}
