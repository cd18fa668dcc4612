using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BlazorStock.Domain.Persistence;

/// <summary>
/// Per-connection SQLite settings. synchronous=FULL keeps every commit durable in WAL mode;
/// busy_timeout makes a second process (or a second writer) wait for the write lock instead of failing.
/// <paramref name="maxPageCount"/> is read at every open (<see cref="PersistenceOptions.MaxPageCount"/>).
/// </summary>
public sealed class SqliteConnectionSetup(Func<long?>? maxPageCount = null) : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;";

    public static async Task ApplyAsync(DbConnection connection, long? maxPageCount, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas + PageLimit(maxPageCount);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The pragma that caps the file; SQLite's default cap (about 4 billion pages) when null.</summary>
    public static string PageLimit(long? maxPageCount) => $" PRAGMA max_page_count = {maxPageCount ?? uint.MaxValue - 1L};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas + PageLimit(maxPageCount?.Invoke());
        command.ExecuteNonQuery();
    }

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        ApplyAsync(connection, maxPageCount?.Invoke(), cancellationToken);
}
