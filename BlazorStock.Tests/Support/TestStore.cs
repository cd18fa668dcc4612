using BlazorStock.Domain;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Consistency;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Stock;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BlazorStock.Tests.Support;

/// <summary>
/// The domain on a real, migrated database with a hand-moved clock: a SQLite file in a temp folder, or a
/// database of its own on the test run's PostgreSQL server (<see cref="PostgresServer"/>). A second store
/// opened on the same database (<see cref="OpenSecondWriterAsync"/>) acts as another process or app
/// server: its own writer and connections, racing this one through the database's locks.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly bool _ownsFile;

    private TestStore(IHost host, DatabaseProvider provider, string database, TestClock clock, RecordingPublisher events, bool ownsFile)
    {
        _host = host;
        _ownsFile = ownsFile;
        Provider = provider;
        Database = database;
        Clock = clock;
        Events = events;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The SQLite file's path, or the PostgreSQL connection string.</summary>
    public string Database { get; }

    /// <summary>The SQLite file's path.</summary>
    public string Path => Provider == DatabaseProvider.Sqlite ? Database : throw new InvalidOperationException("A PostgreSQL store has no file.");

    public TestClock Clock { get; }

    public RecordingPublisher Events { get; }

    public IServiceProvider Services => _host.Services;

    public static Task<TestStore> CreateAsync(Action<Dictionary<string, string?>>? configure = null) => CreateAsync(DatabaseProvider.Sqlite, configure);

    public static async Task<TestStore> CreateAsync(DatabaseProvider provider, Action<Dictionary<string, string?>>? configure = null) =>
        await OpenAsync(
            provider,
            provider == DatabaseProvider.PostgreSql
                ? await PostgresServer.CreateDatabaseAsync()
                : System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"blazorstock-test-{Guid.NewGuid():N}.db"),
            new TestClock(),
            configure,
            ownsFile: true);

    /// <summary>Another "process" on the same database and clock.</summary>
    public Task<TestStore> OpenSecondWriterAsync(Action<Dictionary<string, string?>>? configure = null) =>
        OpenAsync(Provider, Database, Clock, configure, ownsFile: false);

    /// <summary>Changes a setting while the store runs (options monitors see it).</summary>
    public void Reconfigure(string key, string? value)
    {
        var configuration = (IConfigurationRoot)Services.GetRequiredService<IConfiguration>();
        configuration[key] = value;
        configuration.Reload();
    }

    public AsyncServiceScope Scope(string actor = "test", string? correlationId = null)
    {
        var scope = Services.CreateAsyncScope();
        var operation = scope.ServiceProvider.GetRequiredService<OperationContext>();
        operation.Actor = actor;
        operation.CorrelationId = correlationId;
        return scope;
    }

    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> action, string actor = "test")
    {
        await using var scope = Scope(actor);
        return await action(scope.ServiceProvider);
    }

    /// <summary>
    /// Occupies the writer until the returned gate is released, so requests sent meanwhile wait together
    /// and run in one batch: how the batched (set-based) paths are tested deterministically.
    /// </summary>
    public async Task<TaskCompletionSource> BlockWriterAsync()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writer = Services.GetRequiredService<StockWriter>();
        _ = writer.WriteAsync(new OperationContext(), async _ =>
        {
            started.SetResult();
            await gate.Task;
            return true;
        }, CancellationToken.None);
        await started.Task;
        return gate;
    }

    public Task<HoldResult> HoldAsync(HoldRequest request) =>
        RunAsync(sp => sp.GetRequiredService<HoldService>().HoldAsync(request, CancellationToken.None));

    public Task<HoldResult> HoldAsync(string cart, int productId, int quantity) =>
        HoldAsync(new HoldRequest(HoldOwner.Cart(cart), productId, quantity));

    public Task<T> HoldsAsync<T>(Func<HoldService, Task<T>> action) => RunAsync(sp => action(sp.GetRequiredService<HoldService>()));

    public Task<T> OrdersAsync<T>(Func<OrderService, Task<T>> action) => RunAsync(sp => action(sp.GetRequiredService<OrderService>()));

    public Task<T> CatalogAsync<T>(Func<CatalogService, Task<T>> action) => RunAsync(sp => action(sp.GetRequiredService<CatalogService>()));

    public Task<T> StockAsync<T>(Func<StockService, Task<T>> action) => RunAsync(sp => action(sp.GetRequiredService<StockService>()));

    public Task<T> ConsistencyAsync<T>(Func<ConsistencyService, Task<T>> action) => RunAsync(sp => action(sp.GetRequiredService<ConsistencyService>()));

    public async Task<T> QueryAsync<T>(Func<StockDbContext, Task<T>> query)
    {
        await using var scope = Scope();
        return await query(scope.ServiceProvider.GetRequiredService<StockDbContext>());
    }

    /// <summary>
    /// One step of indexing the audit log, run as another connection would: tests that decide when entries
    /// get indexed hold the writer's own steps off with a long <c>Persistence:AuditIndexInterval</c>.
    /// </summary>
    public async Task<(int Keys, long Behind)> IndexAuditAsync(int limit = 100_000)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path}");
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        (int, long) step;
        using (var statements = new SqliteStatements(connection))
        {
            step = Domain.Audit.AuditIndexer.IndexNext(statements, limit);
        }

        await transaction.CommitAsync();
        return step;
    }

    public Task<StockLevel> LevelAsync(int productId, int warehouseId) =>
        QueryAsync(db => db.StockLevels.AsNoTracking().SingleAsync(s => s.ProductId == productId && s.WarehouseId == warehouseId));

    /// <summary>Available of one stocked product, summed over warehouses.</summary>
    public Task<int> AvailableAsync(int productId) =>
        QueryAsync(db => db.StockLevels.Where(s => s.ProductId == productId).SumAsync(s => s.OnHand - s.Reserved));

    public Task<Hold> HoldByIdAsync(Guid id) =>
        QueryAsync(db => db.Holds.AsNoTracking().Include(h => h.Allocations).SingleAsync(h => h.Id == id));

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        if (_host is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }

        if (_ownsFile && Provider == DatabaseProvider.PostgreSql)
        {
            await PostgresServer.DropDatabaseAsync(Database);
        }
        else if (_ownsFile)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(Path + suffix);
            }
        }
    }

    private static async Task<TestStore> OpenAsync(DatabaseProvider provider, string database, TestClock clock, Action<Dictionary<string, string?>>? configure, bool ownsFile)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:BlazorStock"] = provider == DatabaseProvider.PostgreSql ? database : $"Data Source={database}",
        };
        configure?.Invoke(settings);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing", DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        var events = new RecordingPublisher();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton<IDomainEventPublisher>(events);
        builder.Services.AddLogging();
        builder.AddDomain();
        var host = builder.Build();
        await host.StartAsync();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: false, CancellationToken.None);
        }

        return new TestStore(host, provider, database, clock, events, ownsFile);
    }
}
