using System.Text.RegularExpressions;
using Npgsql;

namespace BlazorStock.Domain.Persistence;

/// <summary>
/// PostgreSQL's statements: one command per SQL text for the connection's life, its <c>?N</c> parameters
/// written as <c>$N</c>, prepared by Npgsql's automatic preparation (the writer's connection string turns
/// it on). Values are bound as the EF model stores them on PostgreSQL: GUIDs as uuid, instants as UTC
/// ticks (bigint), enums as names.
/// </summary>
internal sealed partial class PostgreSqlStatements(NpgsqlConnection connection) : PreparedStatements(DatabaseProvider.PostgreSql)
{
    private readonly Dictionary<string, NpgsqlCommand> _commands = [];

    public override int Execute(string sql, params ReadOnlySpan<object?> values) => Bind(sql, values).ExecuteNonQuery();

    public override PreparedRows Query(string sql, params ReadOnlySpan<object?> values) => new(Bind(sql, values).ExecuteReader());

    public override void Dispose()
    {
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
            command = new NpgsqlCommand(Positional().Replace(sql, "$$$1"), connection);
            _commands[sql] = command;
        }

        var parameters = command.Parameters;
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i] switch
            {
                null => DBNull.Value,
                DateTimeOffset instant => instant.UtcTicks,
                Enum name => name.ToString(),
                var other => other,
            };
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

    [GeneratedRegex(@"\?(\d+)")]
    private static partial Regex Positional();
}
