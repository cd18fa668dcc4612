using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Persistence.PostgreSql;
using BlazorStock.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Persistence;

public sealed class DatabaseTests
{
    [Fact]
    public async Task The_migrations_describe_the_current_model()
    {
        await using var store = await TestStore.CreateAsync();

        var pending = await store.QueryAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));

        Assert.False(pending, "The model changed without a migration: run .ci/add-migration <Name>.");
    }

    [Fact]
    public void The_postgresql_migrations_describe_the_current_model()
    {
        using var db = PostgreSqlStockDbContext.Create("Host=localhost");

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a PostgreSQL migration: run .ci/add-migration <Name> Domain PostgreSql.");
    }

    [Fact]
    public async Task A_postgresql_database_is_migrated_with_its_own_set()
    {
        await using var store = await TestStore.CreateAsync(DatabaseProvider.PostgreSql);

        var applied = await store.QueryAsync(db => PostgreSqlStockDbContext.Create(store.Database).Database.GetAppliedMigrationsAsync());
        var pending = await store.QueryAsync(db => PostgreSqlStockDbContext.Create(store.Database).Database.GetPendingMigrationsAsync());

        Assert.Equal(PostgreSqlStockDbContext.Create(store.Database).Database.GetMigrations(), applied);
        Assert.Empty(pending);
        Assert.True(await store.QueryAsync(db => Task.FromResult(db.Database.IsNpgsql())));
    }

    [Fact]
    public async Task The_database_is_migrated_and_in_wal_mode()
    {
        await using var store = await TestStore.CreateAsync();

        var applied = await store.QueryAsync(db => db.Database.GetAppliedMigrationsAsync());
        var journal = await store.QueryAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync());

        Assert.NotEmpty(applied);
        Assert.Equal("wal", Assert.Single(journal));
    }

    [Fact]
    public async Task Initializing_twice_is_harmless()
    {
        await using var store = await TestStore.CreateAsync();

        await store.RunAsync(async sp =>
        {
            await sp.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: true, CancellationToken.None);
            await sp.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: true, CancellationToken.None);
            return 0;
        });

        Assert.Equal(25, await store.QueryAsync(db => db.Products.CountAsync()));
        Assert.Equal(10, await store.QueryAsync(db => db.SerializedUnits.CountAsync()));
    }
}
