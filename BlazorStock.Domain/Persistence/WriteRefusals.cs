using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BlazorStock.Domain.Persistence;

/// <summary>
/// Refusals of the write path itself rather than of a rule: the storage is full, or the writer is stalled or
/// stopped. They are domain exceptions so every caller (API, pages, jobs) already answers them plainly; each
/// carries <c>retryAfter</c> (seconds), which the API sends as a <c>Retry-After</c> header.
/// </summary>
public static class WriteRefusals
{
    public const string RetryAfter = "retryAfter";

    // SQLite's primary result code SQLITE_FULL: a page could not be added, because the disk or max_page_count is full.
    private const int SqliteFull = 13;

    public static DomainException StorageFull() =>
        new(ErrorCodes.StorageFull, "The shop's storage is full, so nothing was saved. Try again in a minute.",
            new Dictionary<string, object?> { [RetryAfter] = 60 });

    public static DomainException Stalled(TimeSpan busyFor) =>
        new(ErrorCodes.WritesUnavailable, $"Saving is held up (one write has been running for {busyFor.TotalSeconds:0} s), so this was not attempted. Try again shortly.",
            new Dictionary<string, object?> { [RetryAfter] = 5 });

    public static DomainException Stopped() =>
        new(ErrorCodes.WritesUnavailable, "Saving is out of service (the write path stopped), so this was not attempted. Try again in a minute.",
            new Dictionary<string, object?> { [RetryAfter] = 30 });

    public static DomainException Unreachable() =>
        new(ErrorCodes.WritesUnavailable, "The shop's database cannot be reached, so nothing was saved. Try again in a few seconds.",
            new Dictionary<string, object?> { [RetryAfter] = 5 });

    public static DomainException Contended() =>
        new(ErrorCodes.ConcurrencyConflict, "Another server was changing the same stock at the same moment, so this was not saved. Try again.");

    /// <summary>
    /// Whether the database could not be reached: a connection refused, broken or timed out, or PostgreSQL
    /// shutting down or starting up.
    /// </summary>
    public static bool IsUnreachable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    return pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState is "57P01" or "57P02" or "57P03";
                case NpgsqlException { IsTransient: true } or SocketException or TimeoutException:
                    return true;
            }
        }

        return false;
    }

    /// <summary>Whether PostgreSQL broke a deadlock by failing this transaction's statement, or could not serialize it: worth running again.</summary>
    public static bool IsTransient(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether SQLite refused for lack of space, anywhere in the exception's chain (EF Core wraps it).</summary>
    public static bool IsStorageFull(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: SqliteFull })
            {
                return true;
            }
        }

        return false;
    }
}
