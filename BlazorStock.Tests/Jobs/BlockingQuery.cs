using System.Data.Common;
using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Jobs;

/// <summary>
/// Makes a real job block in the middle of its run: once armed, the first query whose SQL names
/// <paramref name="table"/> waits until released (or until its token is cancelled). Later ones are counted
/// and pass. <paramref name="ignoreCancellation"/> makes a job that does not stop when asked to.
/// </summary>
public sealed class BlockingQuery(string table, bool ignoreCancellation = false) : DbCommandInterceptor
{
    private readonly TaskCompletionSource _blocked = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _armed;
    private int _calls;

    /// <summary>Matching queries since <see cref="Arm"/>, the blocked one included.</summary>
    public int Calls => Volatile.Read(ref _calls);

    public void AddTo(IServiceCollection services) => services.ConfigureDbContext<StockDbContext>(o => o.AddInterceptors(this));

    public void Arm() => Volatile.Write(ref _armed, 1);

    public Task WaitUntilBlockedAsync() => _blocked.Task.WaitAsync(TimeSpan.FromSeconds(30));

    public void Release() => _released.TrySetResult();

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _armed) == 1 && command.CommandText.Contains(table, StringComparison.Ordinal) && Interlocked.Increment(ref _calls) == 1)
        {
            _blocked.TrySetResult();
            await _released.Task.WaitAsync(ignoreCancellation ? CancellationToken.None : cancellationToken);
        }

        return result;
    }
}
