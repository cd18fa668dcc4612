using System.Data.Common;
using System.Diagnostics;
using System.Threading.Channels;
using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Waitlist;
using Microsoft.Data.Sqlite;
using Npgsql;
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
    private const string AuditIndexSavepoint = "audit_index";
    private const int TransientRetries = 4;

    // The writer's connection lives as long as the app and touches every table: a 64 MiB page cache
    // (SQLite's default is 2 MiB) spares it re-reading pages from the OS, ~10% more holds/s when
    // holds spread over many products (docs/benchmarks.md).
    private const string WriterPragmas = "PRAGMA cache_size = -65536;";
    private readonly Channel<WriteRequest> _queue = Channel.CreateUnbounded<WriteRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IOptionsMonitor<PersistenceOptions> _optionsMonitor;
    private readonly PersistenceOptions _options;
    private readonly TimeProvider _time;
    private readonly IDomainEventPublisher _publisher;
    private readonly ILogger<StockWriter> _logger;
    private readonly WriterMetrics _metrics;
    private readonly WaitlistHandOff _handOff;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ManualResetEventSlim _queued = new();
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DbConnection? _connection;
    private StockDbContext? _db;
    private PreparedStatements? _statements;
    private long? _pageLimit;

    // Health (issue 19): when the running batch started (a TimeProvider timestamp, 0 while idle), its size,
    // the exception that ended the loop, and since when the storage has been full. Written by the writer's
    // thread, read by health checks and by callers deciding to refuse fast.
    private readonly ITimer _watchdog;
    private long _busySince;
    private int _waiting;
    private int _busyWith;
    private volatile bool _stallReported;
    private volatile Exception? _failure;
    private long _storageFullSince;
    private long _unreachableSince;
    private bool _storageFullInBatch;

    // Set by the first batch that audits, not at start: the writer starts before the database is
    // migrated. Entries a previous run left unindexed are found by lookups all the same (past the
    // watermark) and indexed with the next step.
    private bool _auditBehind;
    private long _auditIndexedAt;

    public StockWriter(IOptionsMonitor<PersistenceOptions> options, TimeProvider time, IDomainEventPublisher publisher, WriterMetrics metrics, WaitlistHandOff handOff, ILogger<StockWriter> logger)
    {
        _handOff = handOff;
        _metrics = metrics;
        _optionsMonitor = options;
        _options = options.CurrentValue;
        _time = time;
        _publisher = publisher;
        _logger = logger;
        _watchdog = time.CreateTimer(_ => ReportStall(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        new Thread(Run) { IsBackground = true, Name = "StockWriter" }.Start();
    }

    /// <summary>What the write path is doing now (health checks).</summary>
    public WriterStatus Status
    {
        get
        {
            var since = Interlocked.Read(ref _busySince);
            var full = Interlocked.Read(ref _storageFullSince);
            return new WriterStatus(
                _failure is null && !_stopped.Task.IsCompleted,
                _failure,
                since == 0 ? null : _time.GetElapsedTime(since),
                Volatile.Read(ref _busyWith),
                Volatile.Read(ref _waiting),
                _options.StallTimeout,
                full == 0 ? null : new DateTimeOffset(full, TimeSpan.Zero));
        }
    }

    private int BatchLimit => _options.GroupCommit ? Math.Max(1, _options.MaxBatchSize) : 1;

    /// <summary>Runs <paramref name="work"/> in a write transaction; its changes are saved and committed before the task completes.</summary>
    internal Task<T> WriteAsync<T>(OperationContext operation, Func<WriteContext, Task<T>> work, CancellationToken cancellationToken)
    {
        var request = new WriteRequest<T>(work, operation.Actor, operation.CorrelationId, cancellationToken);
        return Enqueue(request) is { } refusal ? Task.FromException<T>(refusal) : request.Task;
    }

    /// <summary>
    /// Like <see cref="WriteAsync{T}"/>, but requests of the same <paramref name="group"/> waiting together
    /// run as one set-based operation; <paramref name="alone"/> is the same request's single path, used
    /// when the group leaves it or gives up.
    /// </summary>
    internal Task<T> WriteAsync<TItem, T>(OperationContext operation, WriteGroup<TItem, T> group, TItem item, Func<WriteContext, Task<T>> alone, CancellationToken cancellationToken)
    {
        var request = new GroupedWriteRequest<TItem, T>(group, item, alone, operation.Actor, operation.CorrelationId, cancellationToken);
        return Enqueue(request) is { } refusal ? Task.FromException<T>(refusal) : request.Task;
    }

    /// <summary>Queues the request, or says why not: a writer that stopped or is stalled refuses at once rather than leave the caller hanging.</summary>
    private DomainException? Enqueue(WriteRequest request)
    {
        if (_failure is not null)
        {
            return WriteRefusals.Stopped();
        }

        // Read directly, not through Status: every hold passes here.
        if (Interlocked.Read(ref _busySince) is not 0 and var since && _time.GetElapsedTime(since) is var busyFor && busyFor > _options.StallTimeout)
        {
            return WriteRefusals.Stalled(busyFor);
        }

        Interlocked.Increment(ref _waiting);
        if (!_queue.Writer.TryWrite(request))
        {
            Interlocked.Decrement(ref _waiting);
            return _failure is not null ? WriteRefusals.Stopped() : throw new ObjectDisposedException(nameof(StockWriter));
        }

        _queued.Set();
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        _queued.Set();
        await _stopped.Task;
        await _watchdog.DisposeAsync();
        await _stopping.CancelAsync();
        await ResetConnectionAsync();

        _stopping.Dispose();
        _queued.Dispose();
    }

    /// <summary>
    /// The writer's own thread, not a thread-pool work item: the writer is the one serial stage every
    /// hold passes through, and as a queued work item each batch waited behind hundreds of request
    /// continuations. SQLite's calls are synchronous, so the batch's awaits complete inline.
    /// </summary>
    private void Run()
    {
        WriterThreadPriority.TryRaise(_options.WriterNice, _logger);
        var batch = new List<WriteRequest>(BatchLimit);
        try
        {
            while (true)
            {
                _queued.Reset();
                batch.Clear();
                while (batch.Count < BatchLimit && _queue.Reader.TryRead(out var request))
                {
                    Interlocked.Decrement(ref _waiting);
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
                    var started = Stopwatch.GetTimestamp();
                    Busy(batch.Count);
                    RunBatchAsync(batch).GetAwaiter().GetResult();
                    Idle();
                    _metrics.BatchDone(batch.Count, Stopwatch.GetElapsedTime(started));
                    continue;
                }

                if (AuditIndexDue)
                {
                    Busy(0);
                    IndexAuditAloneAsync().GetAwaiter().GetResult();
                    Idle();
                }
                else if (_queue.Reader.Completion.IsCompleted)
                {
                    break;
                }
                else
                {
                    // Woken by a request, or when the next indexing step is due.
                    _queued.Wait(_auditBehind ? AuditIndexWait : Timeout.InfiniteTimeSpan);
                }
            }
        }
        catch (Exception ex)
        {
            Stop(ex, batch);
        }
        finally
        {
            _stopped.TrySetResult();
        }
    }

    /// <summary>
    /// The loop ended by an exception that no batch caught: say so loudly, answer everyone waiting (nothing of
    /// theirs committed unless already answered), and refuse every later write, so a dead writer is a 503 and an
    /// Unhealthy /health instead of requests that hang.
    /// </summary>
    private void Stop(Exception ex, List<WriteRequest> batch)
    {
        _failure = ex;
        _queue.Writer.TryComplete();
        _logger.LogCritical(ex, "The write path's thread stopped: {Reason}. Every write is refused until the app restarts", ex.Message);
        var refusal = WriteRefusals.Stopped();
        foreach (var request in batch)
        {
            request.Fail(refusal);
        }

        while (_queue.Reader.TryRead(out var waiting))
        {
            Interlocked.Decrement(ref _waiting);
            waiting.Fail(refusal);
        }

        Idle();
    }

    private void Busy(int operations)
    {
        Volatile.Write(ref _busyWith, operations);
        Interlocked.Exchange(ref _busySince, _time.GetTimestamp());
    }

    private void Idle()
    {
        var since = Interlocked.Exchange(ref _busySince, 0);
        if (_stallReported && since != 0)
        {
            _stallReported = false;
            _logger.LogWarning("The write path's stalled batch finished after {Seconds:0.0} s; writes are accepted again", _time.GetElapsedTime(since).TotalSeconds);
        }
    }

    /// <summary>Once per stall, from a timer: the writer's own thread is the one stuck, so it cannot say so itself.</summary>
    private void ReportStall()
    {
        try
        {
            if (Status is { IsStalled: true, BusyFor: { } busyFor, BatchSize: var size } && !_stallReported)
            {
                _stallReported = true;
                _logger.LogError(
                    "The write path has been running one batch ({Operations} operations) for {Seconds:0} s, longer than Persistence:StallTimeout ({Limit:0} s): " +
                    "new writes are refused with 503 until it finishes. A database lock held by another process, or an operation that never completes, is the usual cause",
                    size, busyFor.TotalSeconds, _options.StallTimeout.TotalSeconds);
            }
        }
        catch (Exception ex)
        {
            // A timer callback that throws takes the process down; the watchdog must never be the failure.
            _logger.LogWarning(ex, "Checking the write path for a stall failed");
        }
    }

    private async Task RunBatchAsync(List<WriteRequest> batch)
    {
        var contexts = new List<WriteContext>(batch.Count);
        var done = new List<WriteRequest>(batch.Count);
        _storageFullInBatch = false;
        try
        {
            var connection = await OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync(_stopping.Token);
            var steps = Steps(batch);

            // On PostgreSQL a failed statement spoils the transaction until a rollback, and a deadlock with
            // another server's writer is retried in place; both need the request in a savepoint of its own.
            var useSavepoints = steps.Count > 1 || _options.Provider == DatabaseProvider.PostgreSql;
            foreach (var step in steps)
            {
                if (step[0].GroupKey is null)
                {
                    if (!await RunAloneAsync(step[0], transaction, useSavepoints, contexts, done))
                    {
                        return;
                    }

                    continue;
                }

                foreach (var request in await RunGroupAsync(step, transaction, contexts, done))
                {
                    await RunAloneAsync(request, transaction, useSavepoint: true, contexts, done);
                }
            }

            // PostgreSQL's audit rows carry their keys already (decision 010).
            _auditBehind |= !_statements!.IsPostgreSql && contexts.Exists(c => c.Audits.Count > 0);
            if (AuditIndexDue)
            {
                await IndexAuditInBatchAsync(transaction);
            }

            var committing = Stopwatch.GetTimestamp();
            await transaction.CommitAsync(_stopping.Token);
            _metrics.Committed(Stopwatch.GetElapsedTime(committing));
            if (!_storageFullInBatch && Interlocked.Exchange(ref _storageFullSince, 0) != 0)
            {
                _logger.LogWarning("The storage has room again: writes are saved");
            }

            if (Interlocked.Exchange(ref _unreachableSince, 0) != 0)
            {
                _logger.LogWarning("The database answers again: writes are saved");
            }
        }
        catch (Exception ex)
        {
            // After SQLITE_FULL, SQLite may have rolled back the whole transaction, so undoing a savepoint then
            // fails with an error of its own: the batch still failed for lack of space, and says so.
            var failure = _storageFullInBatch || WriteRefusals.IsStorageFull(ex) ? StorageFull(ex)
                : WriteRefusals.IsUnreachable(ex) ? Unreachable(ex)
                : ex;
            if (failure == ex)
            {
                _logger.LogError(ex, "A write batch of {Count} operations failed and was rolled back", batch.Count);
            }

            _auditBehind = _options.Provider == DatabaseProvider.Sqlite;
            await ResetConnectionAsync();
            foreach (var request in batch)
            {
                request.Fail(failure);
            }

            return;
        }
        finally
        {
            if (_db is not null)
            {
                await _db.Database.UseTransactionAsync(null, _stopping.Token);
            }
        }

        await PublishAsync(contexts);
        foreach (var request in done)
        {
            request.Complete();
        }
    }

    /// <summary>The batch in order, with the requests of each group gathered at the place of its first one.</summary>
    private static List<List<WriteRequest>> Steps(List<WriteRequest> batch)
    {
        var steps = new List<List<WriteRequest>>(batch.Count);
        Dictionary<string, List<WriteRequest>>? groups = null;
        foreach (var request in batch)
        {
            if (request.GroupKey is not { } key)
            {
                steps.Add([request]);
                continue;
            }

            groups ??= [];
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = [];
                steps.Add(group);
            }

            group.Add(request);
        }

        return steps;
    }

    /// <summary>Runs one request; false when it failed without a savepoint and so rolled back the whole transaction.</summary>
    private async Task<bool> RunAloneAsync(WriteRequest request, DbTransaction transaction, bool useSavepoint, List<WriteContext> contexts, List<WriteRequest> done)
    {
        if (useSavepoint)
        {
            await transaction.SaveAsync(Savepoint, _stopping.Token);
        }

        var (context, error) = await RunOneAsync(request, transaction);
        for (var retry = 1; useSavepoint && retry <= TransientRetries && WriteRefusals.IsTransient(error); retry++)
        {
            // Another server's writer holds what this one waits for and the other way round (PostgreSQL chose
            // this transaction to break the deadlock), or a serialization failure: undo this request alone and
            // run it again, after a pause that lets the other transaction commit.
            _metrics.TransientRetried();
            await transaction.RollbackAsync(Savepoint, _stopping.Token);
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20) * retry), _stopping.Token);
            await transaction.SaveAsync(Savepoint, _stopping.Token);
            (context, error) = await RunOneAsync(request, transaction);
        }

        if (WriteRefusals.IsTransient(error))
        {
            error = WriteRefusals.Contended();
        }

        if (error is null)
        {
            if (useSavepoint)
            {
                await transaction.ReleaseAsync(Savepoint, _stopping.Token);
            }

            contexts.Add(context);
            done.Add(request);
            return true;
        }

        request.Fail(error);
        if (useSavepoint)
        {
            await transaction.RollbackAsync(Savepoint, _stopping.Token);
            return true;
        }

        await transaction.RollbackAsync(_stopping.Token);
        return false;
    }

    /// <summary>Runs a group as one operation in a savepoint; returns the requests it left (all of them if it failed) to run alone.</summary>
    private async Task<IReadOnlyList<WriteRequest>> RunGroupAsync(List<WriteRequest> members, DbTransaction transaction, List<WriteContext> contexts, List<WriteRequest> done)
    {
        await transaction.SaveAsync(Savepoint, _stopping.Token);
        var context = await ContextForAsync(members[0], transaction);
        try
        {
            await members[0].RunGroupAsync(context, members);
            if (context.FreedProducts.Count > 0)
            {
                await _handOff.ServeAsync(context);
            }
            await _db!.SaveChangesAsync(_stopping.Token);
            AuditRows.Write(_statements!, context.Audits);
            _statements!.Flush();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !_stopping.IsCancellationRequested)
        {
            // The group's set-based path gave up (a conflict, a case it does not cover): each request
            // runs alone instead, with the same rules, so the caller sees no difference.
            _storageFullInBatch |= WriteRefusals.IsStorageFull(ex);
            _logger.LogDebug(ex, "A group of {Count} {Key} requests fell back to running alone", members.Count, members[0].GroupKey);
            await transaction.RollbackAsync(Savepoint, _stopping.Token);
            return members;
        }

        await transaction.ReleaseAsync(Savepoint, _stopping.Token);
        contexts.Add(context);
        var alone = new List<WriteRequest>();
        foreach (var member in members)
        {
            if (!member.DecidedInGroup)
            {
                alone.Add(member);
            }
            else if (member is { Refusal: { } refusal })
            {
                member.Fail(refusal);
            }
            else
            {
                done.Add(member);
            }
        }

        return alone;
    }

    private async Task<(WriteContext Context, Exception? Error)> RunOneAsync(WriteRequest request, DbTransaction transaction)
    {
        var context = await ContextForAsync(request, transaction);
        try
        {
            await request.RunAsync(context);
            if (context.FreedProducts.Count > 0)
            {
                await _handOff.ServeAsync(context);
            }

            await _db!.SaveChangesAsync(_stopping.Token);
            AuditRows.Write(_statements!, context.Audits);

            // Inside the operation's savepoint: a deferred insert that fails is this operation's failure.
            _statements!.Flush();
            return (context, null);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (context, new DomainException(ErrorCodes.ConcurrencyConflict, "Someone else changed this at the same moment; try again."));
        }
        catch (Exception ex)
        {
            return (context, WriteRefusals.IsStorageFull(ex) ? StorageFull(ex) : WriteRefusals.IsUnreachable(ex) ? Unreachable(ex) : ex);
        }
    }

    /// <summary>Records that the storage is full (logged once until it has room again) and gives the caller the refusal.</summary>
    private DomainException StorageFull(Exception ex)
    {
        _storageFullInBatch = true;
        if (Interlocked.CompareExchange(ref _storageFullSince, _time.GetUtcNow().UtcTicks, 0) == 0)
        {
            _logger.LogError(ex, "The storage is full: writes are refused with 503 until there is room again (free disk space, or raise Persistence:MaxPageCount)");
        }

        return WriteRefusals.StorageFull();
    }

    /// <summary>The database cannot be reached (PostgreSQL down or restarting): logged once per outage, answered as 503.</summary>
    private DomainException Unreachable(Exception ex)
    {
        if (Interlocked.CompareExchange(ref _unreachableSince, _time.GetUtcNow().UtcTicks, 0) == 0)
        {
            _logger.LogError(ex, "The database cannot be reached: writes are refused with 503 until it answers again");
        }

        return WriteRefusals.Unreachable();
    }

    private bool AuditIndexDue => _auditBehind && Stopwatch.GetElapsedTime(_auditIndexedAt) >= _options.AuditIndexInterval;

    private TimeSpan AuditIndexWait
    {
        get
        {
            var wait = _options.AuditIndexInterval - Stopwatch.GetElapsedTime(_auditIndexedAt);
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
    }

    /// <summary>
    /// Gives the audit entries written since the last step their lookup keys, ten times a second by default, so
    /// each key page is written once per step instead of once per batch. Under load the step rides in a
    /// batch's transaction (in a savepoint of its own) and shares its commit: a commit of its own cost
    /// as much as the step itself.
    /// </summary>
    private async Task IndexAuditInBatchAsync(DbTransaction transaction)
    {
        await transaction.SaveAsync(AuditIndexSavepoint, _stopping.Token);
        if (IndexAuditStep())
        {
            await transaction.ReleaseAsync(AuditIndexSavepoint, _stopping.Token);
        }
        else
        {
            await transaction.RollbackAsync(AuditIndexSavepoint, _stopping.Token);
        }
    }

    /// <summary>The step when the writer is idle: in a transaction of its own.</summary>
    private async Task IndexAuditAloneAsync()
    {
        try
        {
            var connection = await OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync(_stopping.Token);
            if (IndexAuditStep())
            {
                await transaction.CommitAsync(_stopping.Token);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !_stopping.IsCancellationRequested)
        {
            if (WriteRefusals.IsStorageFull(ex))
            {
                // Logged once by StorageFull; retried every few seconds rather than ten times a second.
                StorageFull(ex);
                _auditIndexedAt = Stopwatch.GetTimestamp() + (Stopwatch.Frequency * 5);
            }
            else
            {
                _logger.LogError(ex, "Indexing the audit log failed");
            }

            await ResetConnectionAsync();
        }
    }

    /// <summary>One step inside the open transaction; false (logged) when it failed and must be rolled back.</summary>
    private bool IndexAuditStep()
    {
        _auditIndexedAt = Stopwatch.GetTimestamp();
        try
        {
            var (keys, behind) = AuditIndexer.IndexNext(_statements!, _options.AuditIndexStep);
            _auditBehind = behind > 0;
            _metrics.AuditIndexed(keys, Stopwatch.GetElapsedTime(_auditIndexedAt));
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Never the batch's failure: lookups still find unindexed entries (by scanning past the
            // watermark), and the next step retries.
            if (WriteRefusals.IsStorageFull(ex))
            {
                StorageFull(ex);
            }
            else
            {
                _logger.LogError(ex, "Indexing the audit log failed");
            }

            return false;
        }
    }

    private async Task<WriteContext> ContextForAsync(WriteRequest request, DbTransaction transaction)
    {
        // One context for the writer's life, emptied before each operation: creating a context per
        // operation was a measurable share of the hot path (docs/benchmarks.md).
        var db = _db!;
        db.ChangeTracker.Clear();
        if (db.Database.CurrentTransaction?.GetDbTransaction() != transaction)
        {
            await db.Database.UseTransactionAsync(transaction, _stopping.Token);
        }

        return new WriteContext(db, _statements!, _time.GetUtcNow(), request.Actor, request.CorrelationId);
    }

    private async Task PublishAsync(List<WriteContext> contexts)
    {
        var events = contexts.SelectMany(c => c.Events).ToList();
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

    private async Task<DbConnection> OpenAsync()
    {
        if (_options.Provider == DatabaseProvider.PostgreSql)
        {
            return _connection ?? await OpenPostgreSqlAsync();
        }

        var pageLimit = _optionsMonitor.CurrentValue.MaxPageCount;
        if (_connection is not null)
        {
            if (pageLimit != _pageLimit)
            {
                await using var limit = _connection.CreateCommand();
                limit.CommandText = SqliteConnectionSetup.PageLimit(pageLimit);
                await limit.ExecuteNonQueryAsync(_stopping.Token);
                _pageLimit = pageLimit;
            }

            return _connection;
        }

        var connection = new SqliteConnection(_options.ConnectionString);
        await connection.OpenAsync(_stopping.Token);
        await SqliteConnectionSetup.ApplyAsync(connection, pageLimit, _stopping.Token);
        _pageLimit = pageLimit;
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = WriterPragmas;
            await pragma.ExecuteNonQueryAsync(_stopping.Token);
        }
        _db = new StockDbContext(StockDatabase.OptionsFor(connection));
        _statements = new SqliteStatements(connection);
        return _connection = connection;
    }

    private async Task<DbConnection> OpenPostgreSqlAsync()
    {
        // Npgsql prepares a statement once it has run twice; the writer runs a few dozen statements over and over.
        var connectionString = new NpgsqlConnectionStringBuilder(_options.ConnectionString) { MaxAutoPrepare = 64, AutoPrepareMinUsages = 2 };
        var connection = new NpgsqlConnection(connectionString.ToString());
        await connection.OpenAsync(_stopping.Token);
        _db = new StockDbContext(StockDatabase.OptionsFor(connection, new FlushBeforeCommands(() => _statements)));
        _statements = new PostgreSqlStatements(connection);
        return _connection = connection;
    }

    private async Task ResetConnectionAsync()
    {
        _statements?.Dispose();
        _statements = null;
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
