namespace BlazorStock.Domain.Persistence;

/// <summary>
/// What the write path is doing, for health checks: whether its thread still runs (and why not), how long
/// the current batch has been running, how many writes wait, and since when the storage has been full.
/// </summary>
public sealed record WriterStatus(
    bool Running,
    Exception? Failure,
    TimeSpan? BusyFor,
    int BatchSize,
    int Queued,
    TimeSpan StallTimeout,
    DateTimeOffset? StorageFullSince)
{
    public bool IsStalled => BusyFor > StallTimeout;
}
