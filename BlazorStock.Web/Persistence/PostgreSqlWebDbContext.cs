using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Persistence;

/// <summary>
/// The web host's model as the owner of PostgreSQL's migrations (EF Core finds migrations by context type);
/// used only to migrate and to scaffold, like the domain's PostgreSqlStockDbContext.
/// </summary>
public sealed class PostgreSqlWebDbContext(DbContextOptions<PostgreSqlWebDbContext> options) : WebDbContext(options)
{
    public static PostgreSqlWebDbContext Create(string connectionString) =>
        new(new DbContextOptionsBuilder<PostgreSqlWebDbContext>().UseNpgsql(connectionString, o => o.MigrationsHistoryTable(HistoryTable)).Options);
}
