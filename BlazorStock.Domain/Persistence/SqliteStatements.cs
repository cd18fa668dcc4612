using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace BlazorStock.Domain.Persistence;

/// <summary>
/// SQLite's statements, prepared once for the writer connection's life. They go straight to SQLite and
/// bind by position: binding by name through ADO.NET was a fifth of the writer's time. Values are stored
/// as the EF model stores them on SQLite: GUIDs as upper-case text, instants as UTC ticks, enums as names.
/// </summary>
internal sealed class SqliteStatements(SqliteConnection connection) : PreparedStatements(DatabaseProvider.Sqlite)
{
    private readonly Dictionary<string, sqlite3_stmt> _statements = [];

    public override int Execute(string sql, params ReadOnlySpan<object?> values)
    {
        var statement = Bind(sql, values);
        try
        {
            var result = raw.sqlite3_step(statement);
            if (result is not (raw.SQLITE_DONE or raw.SQLITE_ROW))
            {
                throw Error(result);
            }

            return raw.sqlite3_changes(connection.Handle);
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    public override PreparedRows Query(string sql, params ReadOnlySpan<object?> values) => new(Bind(sql, values), this);

    public override void Dispose()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }

        _statements.Clear();
    }

    internal SqliteException Error(int result) =>
        new(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), result, raw.sqlite3_extended_errcode(connection.Handle));

    private sqlite3_stmt Bind(string sql, ReadOnlySpan<object?> values)
    {
        if (!_statements.TryGetValue(sql, out var statement))
        {
            var prepared = raw.sqlite3_prepare_v2(connection.Handle, sql, out statement);
            if (prepared != raw.SQLITE_OK)
            {
                throw Error(prepared);
            }

            _statements[sql] = statement;
        }

        for (var i = 0; i < values.Length; i++)
        {
            var index = i + 1;
            var bound = values[i] switch
            {
                null => raw.sqlite3_bind_null(statement, index),
                int number => raw.sqlite3_bind_int64(statement, index, number),
                long number => raw.sqlite3_bind_int64(statement, index, number),
                bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
                double number => raw.sqlite3_bind_double(statement, index, number),
                string text => raw.sqlite3_bind_text(statement, index, text),
                Guid id => raw.sqlite3_bind_text(statement, index, id.ToString().ToUpperInvariant()),
                DateTimeOffset instant => raw.sqlite3_bind_int64(statement, index, instant.UtcTicks),
                Enum name => raw.sqlite3_bind_text(statement, index, name.ToString()),
                var other => throw new ArgumentException($"No SQLite binding for {other.GetType().Name}.", nameof(values)),
            };
            if (bound != raw.SQLITE_OK)
            {
                throw Error(bound);
            }
        }

        return statement;
    }
}
