using BlazorStock.Domain.Persistence.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace BlazorStock.Domain.Persistence;

/// <summary>
/// Makes app servers that start together on one PostgreSQL database migrate and seed one after another:
/// two servers seeding an empty database at once would each create the demo catalog. A session advisory
/// lock, held on its own connection until disposed; nothing to do on SQLite (one server).
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    // Any constant that no other lock of the app uses; "BlazorS" in ASCII.
    private const long Key = 0x426C617A6F7253;
    private readonly NpgsqlConnection? _connection;

    private StartupLock(NpgsqlConnection? connection) => _connection = connection;

    public static async Task<StartupLock> AcquireAsync(PersistenceOptions options, CancellationToken cancellationToken)
    {
        if (options.Provider != DatabaseProvider.PostgreSql)
        {
            return new StartupLock(null);
        }

        await CreateDatabaseAsync(options.ConnectionString, cancellationToken);
        var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return new StartupLock(connection);
    }

    /// <summary>The lock lives in the database, so the database must exist first; a server that loses the race to create it goes on.</summary>
    private static async Task CreateDatabaseAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var db = PostgreSqlStockDbContext.Create(connectionString);
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            // Closing the session releases the lock.
            await _connection.DisposeAsync();
        }
    }
}
