using BlazorStock.Domain.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BlazorStock.Domain.Persistence;

/// <summary>Brings the database to the current schema (migrations) and, when asked, seeds demo data into an empty one.</summary>
public sealed class DatabaseInitializer(StockDbContext db, DemoSeeder seeder, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool seedDemoData, CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
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
