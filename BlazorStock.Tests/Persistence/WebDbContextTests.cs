using BlazorStock.Tests.Support;
using BlazorStock.Web.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Persistence;

public sealed class WebDbContextTests
{
    [Fact]
    public void The_web_migrations_describe_the_current_model()
    {
        using var db = new WebDbContext(new DbContextOptionsBuilder<WebDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "WebDbContext changed without a migration: run .ci/add-migration <Name> Web");
    }

    [Fact]
    public void The_web_postgresql_migrations_describe_the_current_model()
    {
        using var db = PostgreSqlWebDbContext.Create("Host=localhost");

        Assert.False(db.Database.HasPendingModelChanges(), "WebDbContext changed without a PostgreSQL migration: run .ci/add-migration <Name> Web PostgreSql");
    }

    [Fact]
    public async Task Both_migration_sets_are_applied_to_one_file_each_with_its_own_history()
    {
        await using var factory = new ApiFactory();
        using (var client = factory.Client())
        {
            await client.GetAsync("/api/products");
        }

        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        Assert.Equal(2L, await ScalarAsync(connection, "SELECT COUNT(*) FROM \"__WebMigrationsHistory\""));
        Assert.True(await ScalarAsync(connection, "SELECT COUNT(*) FROM \"__EFMigrationsHistory\"") >= 1);
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT COUNT(*) FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" LIKE '%StaffAndIdempotency'"));
        // Warehouse, Admin and Shopper.
        Assert.Equal(3L, await ScalarAsync(connection, "SELECT COUNT(*) FROM \"AspNetRoles\""));
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
