using SQLitePCL;

namespace BlazorStock.Domain.Persistence;

/// <summary>The rows of a <see cref="PreparedStatements"/> query, read in place; disposing resets the statement for reuse.</summary>
internal readonly struct PreparedRows(sqlite3_stmt statement, PreparedStatements owner) : IDisposable
{
    public bool Read()
    {
        var result = raw.sqlite3_step(statement);
        return result switch
        {
            raw.SQLITE_ROW => true,
            raw.SQLITE_DONE => false,
            _ => throw owner.Error(result),
        };
    }

    public bool IsNull(int column) => raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL;

    public int GetInt32(int column) => raw.sqlite3_column_int(statement, column);

    public long GetInt64(int column) => raw.sqlite3_column_int64(statement, column);

    public string GetString(int column) => raw.sqlite3_column_text(statement, column).utf8_to_string();

    public Guid GetGuid(int column) => Guid.Parse(GetString(column));

    public DateTimeOffset GetInstant(int column) => new(GetInt64(column), TimeSpan.Zero);

    public DateTimeOffset? GetNullableInstant(int column) => IsNull(column) ? null : GetInstant(column);

    public int? GetNullableInt32(int column) => IsNull(column) ? null : GetInt32(column);

    public TEnum GetEnum<TEnum>(int column)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(GetString(column));

    public void Dispose() => raw.sqlite3_reset(statement);
}
