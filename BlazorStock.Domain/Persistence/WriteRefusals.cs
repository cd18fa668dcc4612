using Microsoft.Data.Sqlite;

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
