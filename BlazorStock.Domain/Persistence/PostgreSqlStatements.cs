using System.Text.RegularExpressions;
using Npgsql;

namespace BlazorStock.Domain.Persistence;

/// <summary>
/// PostgreSQL's statements: one command per SQL text for the connection's life, its <c>?N</c> parameters
/// written as <c>$N</c>, prepared by Npgsql's automatic preparation (the writer's connection string turns
/// it on). Values are bound as the EF model stores them on PostgreSQL: GUIDs as uuid, instants as UTC
/// ticks (bigint), enums as names. Each statement is a round trip to the server, so inserts whose result
/// nobody reads wait in a batch that goes in one (<see cref="ExecuteDeferred"/>).
/// </summary>
internal sealed partial class PostgreSqlStatements(NpgsqlConnection connection) : PreparedStatements(DatabaseProvider.PostgreSql)
{
    private readonly Dictionary<string, NpgsqlCommand> _commands = [];
    private readonly Dictionary<string, string> _positional = [];
    private NpgsqlBatch? _deferred;

    public override int Execute(string sql, params ReadOnlySpan<object?> values)
    {
        Flush();
        return Bind(sql, values).ExecuteNonQuery();
    }

    public override PreparedRows Query(string sql, params ReadOnlySpan<object?> values)
    {
        Flush();
        return new(Bind(sql, values).ExecuteReader());
    }

    public override void ExecuteDeferred(string sql, params ReadOnlySpan<object?> values)
    {
        var command = new NpgsqlBatchCommand(PositionalSql(sql));
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = ValueOf(value) });
        }

        (_deferred ??= new NpgsqlBatch(connection)).BatchCommands.Add(command);
    }

    public override void Flush()
    {
        if (_deferred is not { } batch)
        {
            return;
        }

        // Taken first: a failing batch must not be sent again by the next statement.
        _deferred = null;
        using (batch)
        {
            batch.ExecuteNonQuery();
        }
    }

    public override void Dispose()
    {
        _deferred?.Dispose();
        _deferred = null;
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }

    private NpgsqlCommand Bind(string sql, ReadOnlySpan<object?> values)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = new NpgsqlCommand(PositionalSql(sql), connection);
            _commands[sql] = command;
        }

        var parameters = command.Parameters;
        for (var i = 0; i < values.Length; i++)
        {
            var value = ValueOf(values[i]);
            if (i < parameters.Count)
            {
                parameters[i].Value = value;
            }
            else
            {
                parameters.Add(new NpgsqlParameter { Value = value });
            }
        }

        return command;
    }

    private static object ValueOf(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset instant => instant.UtcTicks,
        Enum name => name.ToString(),
        var other => other,
    };

    private string PositionalSql(string sql)
    {
        if (!_positional.TryGetValue(sql, out var positional))
        {
            _positional[sql] = positional = Positional().Replace(sql, "$$$1");
        }

        return positional;
    }

    [GeneratedRegex(@"\?(\d+)")]
    private static partial Regex Positional();
}
