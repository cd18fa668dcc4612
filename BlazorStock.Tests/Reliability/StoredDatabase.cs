using System.Data;
using System.Data.Common;
using BlazorStock.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BlazorStock.Tests.Reliability;

/// <summary>A database the reliability tests read directly, without the app's code: a SQLite file or a PostgreSQL database.</summary>
public sealed record StoredDatabase(DatabaseProvider Provider, string Target)
{
    public static StoredDatabase Sqlite(string path) => new(DatabaseProvider.Sqlite, path);

    /// <summary>The settings that put a server process on this database.</summary>
    public Dictionary<string, string> Settings => Provider == DatabaseProvider.PostgreSql
        ? new() { ["Database:Provider"] = "PostgreSql", ["ConnectionStrings:BlazorStock"] = Target }
        : new() { ["ConnectionStrings:BlazorStock"] = $"Data Source={Target}" };

    public async Task<DbConnection> OpenAsync()
    {
        if (Provider == DatabaseProvider.PostgreSql)
        {
            var postgres = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Target) { Pooling = false }.ConnectionString);
            await postgres.OpenAsync();
            return postgres;
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Target, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var busy = connection.CreateCommand();
        busy.CommandText = "PRAGMA busy_timeout = 30000";
        await busy.ExecuteNonQueryAsync();
        return connection;
    }

    /// <summary>A read transaction that sees one moment: SQLite's deferred (no write lock), PostgreSQL's repeatable read.</summary>
    public static async Task<DbTransaction> SnapshotAsync(DbConnection connection) =>
        connection is SqliteConnection sqlite ? sqlite.BeginTransaction(deferred: true) : await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead);

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
