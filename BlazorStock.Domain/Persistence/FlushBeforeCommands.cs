using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BlazorStock.Domain.Persistence;

/// <summary>
/// On the writer's context: statements left waiting by <see cref="PreparedStatements.ExecuteDeferred"/> run
/// before any EF Core command, so a query or a save sees (and may reference) the rows they insert.
/// </summary>
internal sealed class FlushBeforeCommands(Func<PreparedStatements?> statements) : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        statements()?.Flush();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        statements()?.Flush();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        statements()?.Flush();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        statements()?.Flush();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        statements()?.Flush();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        statements()?.Flush();
        return ValueTask.FromResult(result);
    }
}
