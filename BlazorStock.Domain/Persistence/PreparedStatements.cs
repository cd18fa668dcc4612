namespace BlazorStock.Domain.Persistence;

/// <summary>
/// SQL statements run on the writer's connection with fresh values, for the set-based paths (batched
/// holds, mass expiry, audit rows) where EF Core's per-entity work was most of a hold's cost
/// (docs/benchmarks.md). They run inside whatever transaction the connection has open. Parameters are
/// positional (<c>?1</c>, <c>?2</c>, …) on both engines; the few statements that differ ask
/// <see cref="IsPostgreSql"/>.
/// </summary>
internal abstract class PreparedStatements(DatabaseProvider provider) : IDisposable
{
    public bool IsPostgreSql { get; } = provider == DatabaseProvider.PostgreSql;

    /// <summary>Runs <paramref name="sql"/> and returns the rows it changed.</summary>
    public abstract int Execute(string sql, params ReadOnlySpan<object?> values);

    /// <summary>
    /// Runs <paramref name="sql"/>, whose result nobody reads (an insert), no later than the next statement on
    /// the connection or <see cref="Flush"/>. SQLite runs it at once: a statement there is a function call.
    /// </summary>
    public virtual void ExecuteDeferred(string sql, params ReadOnlySpan<object?> values) => Execute(sql, values);

    /// <summary>Runs what <see cref="ExecuteDeferred"/> left waiting; its errors surface here.</summary>
    public virtual void Flush()
    {
    }

    /// <summary>Runs a query; dispose the rows before the next statement.</summary>
    public abstract PreparedRows Query(string sql, params ReadOnlySpan<object?> values);

    public abstract void Dispose();
}
