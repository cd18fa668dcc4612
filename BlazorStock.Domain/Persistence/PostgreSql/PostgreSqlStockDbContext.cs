using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Domain.Persistence.PostgreSql;

/// <summary>
/// The same model, as the owner of PostgreSQL's migrations: EF Core finds migrations by context type, so
/// each engine keeps its own set in one assembly (SQLite's belong to <see cref="StockDbContext"/>). Used only
/// to migrate and to scaffold; the app runs on <see cref="StockDbContext"/> on either engine.
/// </summary>
public sealed class PostgreSqlStockDbContext(DbContextOptions<PostgreSqlStockDbContext> options) : StockDbContext(options)
{
    public static PostgreSqlStockDbContext Create(string connectionString) =>
        new(new DbContextOptionsBuilder<PostgreSqlStockDbContext>().UseNpgsql(connectionString).Options);
}
