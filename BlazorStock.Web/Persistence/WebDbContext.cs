using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Idempotency;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Persistence;

/// <summary>
/// The web host's own tables (staff accounts, idempotency keys, and on PostgreSQL the Data Protection keys)
/// in the domain's database, with their own migrations and history table so the domain model never
/// references ASP.NET (docs/decisions/004).
/// </summary>
public class WebDbContext : IdentityDbContext<IdentityUser>, IDataProtectionKeyContext
{
    public const string HistoryTable = "__WebMigrationsHistory";

    public WebDbContext(DbContextOptions<WebDbContext> options)
        : base(options)
    {
    }

    /// <summary>For <see cref="PostgreSqlWebDbContext"/>, which owns PostgreSQL's migrations.</summary>
    protected WebDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    /// <summary>Used when the app runs on PostgreSQL, so every app server reads and writes cookies with the same keys.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        // Same reason as StockDbContext: SQLite cannot compare DateTimeOffset, UTC ticks can (and PostgreSQL runs the same SQL).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WebDbContext).Assembly);
    }
}
