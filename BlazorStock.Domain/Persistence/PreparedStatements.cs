using Microsoft.Data.Sqlite;

namespace BlazorStock.Domain.Persistence;

/// <summary>
/// SQL statements prepared once for the writer connection's life and run with fresh values, for the
/// set-based paths (batched holds, mass expiry, audit rows) where EF Core's per-entity work was most of
/// a hold's cost (docs/benchmarks.md). Values are stored as the EF model stores them on SQLite: GUIDs
/// as upper-case text, instants as UTC ticks, enums as names.
/// </summary>
internal sealed class PreparedStatements(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = [];

    public SqliteTransaction? Transaction { get; set; }

    /// <summary>Runs <paramref name="sql"/> (parameters <c>$p0</c>, <c>$p1</c>, …) and returns the rows it changed.</summary>
    public int Execute(string sql, params ReadOnlySpan<object?> values) => Bind(sql, values).ExecuteNonQuery();

    public SqliteDataReader Query(string sql, params ReadOnlySpan<object?> values) => Bind(sql, values).ExecuteReader();

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }

    public static object ToDatabase(object? value) => value switch
    {
        null => DBNull.Value,
        Guid id => id.ToString().ToUpperInvariant(),
        DateTimeOffset instant => instant.UtcTicks,
        Enum name => name.ToString(),
        bool flag => flag ? 1L : 0L,
        _ => value,
    };

    private SqliteCommand Bind(string sql, ReadOnlySpan<object?> values)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters.Add(new SqliteParameter($"$p{i}", null));
            }

            _commands[sql] = command;
        }

        command.Transaction = Transaction;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = ToDatabase(values[i]);
        }

        return command;
    }
}
