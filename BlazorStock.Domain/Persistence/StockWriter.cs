using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BlazorStock.Domain.Persistence;

/// <summary>
/// The single write path (docs/decisions/003). Operations queue here and one loop runs them on one
/// connection: with group commit, every operation waiting when a batch starts runs in the same
/// transaction, each inside its own savepoint so a refused operation rolls back alone; callers are
/// answered and events published only after the commit. Correctness does not rest on this
/// serialisation: stock moves by conditional updates, so several writers (processes) stay correct.
/// </summary>
public sealed class StockWriter : IAsyncDisposable
{
    private const string Savepoint = "op";
    private readonly Channel<WriteRequest> _queue = Channel.CreateUnbounded<WriteRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly PersistenceOptions _options;
    private readonly TimeProvider _time;
    private readonly IDomainEventPublisher _publisher;
    private readonly ILogger<StockWriter> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private SqliteConnection? _connection;
    private StockDbContext? _db;

    public StockWriter(IOptions<PersistenceOptions> options, TimeProvider time, IDomainEventPublisher publisher, ILogger<StockWriter> logger)
    {
        _options = options.Value;
        _time = time;
        _publisher = publisher;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    private int BatchLimit => _options.GroupCommit ? Math.Max(1, _options.MaxBatchSize) : 1;

    /// <summary>Runs <paramref name="work"/> in a write transaction; its changes are saved and committed before the task completes.</summary>
    internal Task<T> WriteAsync<T>(OperationContext operation, Func<WriteContext, Task<T>> work, CancellationToken cancellationToken)
    {
        var request = new WriteRequest<T>(work, operation.Actor, operation.CorrelationId, cancellationToken);
        if (!_queue.Writer.TryWrite(request))
        {
            throw new ObjectDisposedException(nameof(StockWriter));
        }

        return request.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
        await _stopping.CancelAsync();
        await ResetConnectionAsync();

        _stopping.Dispose();
    }

    private async Task RunAsync()
    {
        var batch = new List<WriteRequest>(BatchLimit);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < BatchLimit && _queue.Reader.TryRead(out var request))
            {
                if (request.CancellationToken.IsCancellationRequested)
                {
                    request.Cancel();
                }
                else
                {
                    batch.Add(request);
                }
            }

            if (batch.Count > 0)
            {
                await RunBatchAsync(batch);
            }
        }
    }

    private async Task RunBatchAsync(List<WriteRequest> batch)
    {
        var committed = new List<(WriteRequest Request, WriteContext Context)>(batch.Count);
        try
        {
            var connection = await OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync(_stopping.Token);
            var useSavepoints = batch.Count > 1;
            foreach (var request in batch)
            {
                if (useSavepoints)
                {
                    await transaction.SaveAsync(Savepoint, _stopping.Token);
                }

                var (context, error) = await RunOneAsync(request, transaction);
                if (error is null)
                {
                    if (useSavepoints)
                    {
                        await transaction.ReleaseAsync(Savepoint, _stopping.Token);
                    }

                    committed.Add((request, context));
                }
                else if (useSavepoints)
                {
                    await transaction.RollbackAsync(Savepoint, _stopping.Token);
                    request.Fail(error);
                }
                else
                {
                    await transaction.RollbackAsync(_stopping.Token);
                    await _db!.Database.UseTransactionAsync(null, _stopping.Token);
                    request.Fail(error);
                    return;
                }
            }

            await transaction.CommitAsync(_stopping.Token);
            await _db!.Database.UseTransactionAsync(null, _stopping.Token);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "A write batch of {Count} operations failed and was rolled back", batch.Count);
            await ResetConnectionAsync();
            foreach (var request in batch)
            {
                request.Fail(ex);
            }

            return;
        }

        await PublishAsync(committed);
        foreach (var (request, _) in committed)
        {
            request.Complete();
        }
    }

    private async Task<(WriteContext Context, Exception? Error)> RunOneAsync(WriteRequest request, DbTransaction transaction)
    {
        // One context for the writer's life, emptied before each operation: creating a context per
        // operation was a measurable share of the hot path (docs/benchmarks.md).
        var db = _db!;
        db.ChangeTracker.Clear();
        if (db.Database.CurrentTransaction?.GetDbTransaction() != transaction)
        {
            await db.Database.UseTransactionAsync(transaction, _stopping.Token);
        }

        var context = new WriteContext(db, _time.GetUtcNow(), request.Actor, request.CorrelationId);
        try
        {
            await request.RunAsync(context);
            await db.SaveChangesAsync(_stopping.Token);
            return (context, null);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (context, new DomainException(ErrorCodes.ConcurrencyConflict, "Someone else changed this at the same moment; try again."));
        }
        catch (Exception ex)
        {
            return (context, ex);
        }
    }

    private async Task PublishAsync(List<(WriteRequest Request, WriteContext Context)> committed)
    {
        var events = committed.SelectMany(c => c.Context.Events).ToList();
        if (events.Count == 0)
        {
            return;
        }

        try
        {
            await _publisher.PublishAsync(events, _stopping.Token);
        }
        catch (Exception ex)
        {
            // The change is committed; a failed push must not turn it into an error for the caller.
            _logger.LogWarning(ex, "Publishing {Count} domain events failed", events.Count);
        }
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        if (_connection is not null)
        {
            return _connection;
        }

        var connection = new SqliteConnection(_options.ConnectionString);
        await connection.OpenAsync(_stopping.Token);
        await SqliteConnectionSetup.ApplyAsync(connection, _stopping.Token);
        _db = new StockDbContext(StockDatabase.OptionsFor(connection));
        return _connection = connection;
    }

    private async Task ResetConnectionAsync()
    {
        if (_db is not null)
        {
            await _db.DisposeAsync();
            _db = null;
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }
}
