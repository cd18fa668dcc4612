using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Idempotency;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Persistence;

/// <summary>
/// The web host's own tables (staff accounts, idempotency keys) on the domain's SQLite file, with their
/// own migrations and history table so the domain model never references ASP.NET (docs/decisions/004).
/// </summary>
public sealed class WebDbContext(DbContextOptions<WebDbContext> options) : IdentityDbContext<IdentityUser>(options)
{
    public const string HistoryTable = "__WebMigrationsHistory";

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Same reason as StockDbContext: SQLite cannot compare DateTimeOffset, UTC ticks can.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WebDbContext).Assembly);
    }
}
