using BlazorStock.Domain.Persistence.PostgreSql;
using BlazorStock.Domain.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BlazorStock.Domain.Persistence;

/// <summary>Brings the database to the current schema (migrations) and, when asked, seeds demo data into an empty one.</summary>
public sealed class DatabaseInitializer(StockDbContext db, DemoSeeder seeder, IOptions<PersistenceOptions> options, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool seedDemoData, CancellationToken cancellationToken)
    {
        if (options.Value.Provider == DatabaseProvider.PostgreSql)
        {
            await using var migrations = PostgreSqlStockDbContext.Create(options.Value.ConnectionString);
            await migrations.Database.MigrateAsync(cancellationToken);
        }
        else
        {
            await db.Database.MigrateAsync(cancellationToken);

            // WAL is a property of the database file: set once, it lasts; readers then never block the writer.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }

        if (seedDemoData && !await db.Products.AnyAsync(cancellationToken))
        {
            await seeder.SeedAsync(cancellationToken);
            logger.LogInformation("Seeded demo data into an empty database");
        }
    }
}
