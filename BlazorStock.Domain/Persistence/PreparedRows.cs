using System.Data.Common;
using SQLitePCL;

namespace BlazorStock.Domain.Persistence;

/// <summary>
/// The rows of a <see cref="PreparedStatements"/> query, read in place: a SQLite statement stepped directly,
/// or a PostgreSQL data reader. Disposing resets the SQLite statement for reuse, or closes the reader.
/// </summary>
internal readonly struct PreparedRows : IDisposable
{
    private readonly sqlite3_stmt? _statement;
    private readonly SqliteStatements? _owner;
    private readonly DbDataReader? _reader;

    public PreparedRows(sqlite3_stmt statement, SqliteStatements owner) => (_statement, _owner) = (statement, owner);

    public PreparedRows(DbDataReader reader) => _reader = reader;

    public bool Read()
    {
        if (_reader is not null)
        {
            return _reader.Read();
        }

        var result = raw.sqlite3_step(_statement);
        return result switch
        {
            raw.SQLITE_ROW => true,
            raw.SQLITE_DONE => false,
            _ => throw _owner!.Error(result),
        };
    }

    public bool IsNull(int column) => _reader?.IsDBNull(column) ?? raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    // PostgreSQL types sums and counts as bigint or numeric where SQLite has one integer type.
    public int GetInt32(int column) => _reader is not null ? Convert.ToInt32(_reader.GetValue(column)) : raw.sqlite3_column_int(_statement, column);

    public long GetInt64(int column) => _reader is not null ? Convert.ToInt64(_reader.GetValue(column)) : raw.sqlite3_column_int64(_statement, column);

    public string GetString(int column) => _reader is not null ? _reader.GetString(column) : raw.sqlite3_column_text(_statement, column).utf8_to_string();

    public Guid GetGuid(int column) => _reader is not null ? _reader.GetGuid(column) : Guid.Parse(GetString(column));

    public DateTimeOffset GetInstant(int column) => new(GetInt64(column), TimeSpan.Zero);

    public DateTimeOffset? GetNullableInstant(int column) => IsNull(column) ? null : GetInstant(column);

    public int? GetNullableInt32(int column) => IsNull(column) ? null : GetInt32(column);

    public TEnum GetEnum<TEnum>(int column)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(GetString(column));

    public void Dispose()
    {
        if (_reader is not null)
        {
            _reader.Dispose();
        }
        else
        {
            raw.sqlite3_reset(_statement);
        }
    }
}
