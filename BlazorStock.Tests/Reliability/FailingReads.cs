using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Reliability;

/// <summary>The database as one circuit's pages read it, made to fail on demand: a fault in a service a page uses.</summary>
public sealed class FailingReads(Func<IDbContextFactory<StockDbContext>> reads) : IDbContextFactory<StockDbContext>
{
    public bool Failing { get; set; }

    public StockDbContext CreateDbContext() =>
        Failing ? throw new InvalidOperationException("injected: this circuit cannot read the database") : reads().CreateDbContext();
}
