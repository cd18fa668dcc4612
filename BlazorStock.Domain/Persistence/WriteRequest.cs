namespace BlazorStock.Domain.Persistence;

/// <summary>One queued operation for <see cref="StockWriter"/>, completed only after its batch commits.</summary>
internal abstract class WriteRequest(string actor, string? correlationId, CancellationToken cancellationToken)
{
    public string Actor { get; } = actor;

    public string? CorrelationId { get; } = correlationId;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Requests with the same key that wait together run as one set-based operation.</summary>
    public virtual string? GroupKey => null;

    public abstract Task RunAsync(WriteContext context);

    /// <summary>Runs this request and the others of its group (<see cref="GroupKey"/>) as one operation.</summary>
    public virtual Task RunGroupAsync(WriteContext context, IReadOnlyList<WriteRequest> members) => throw new NotSupportedException();

    /// <summary>After <see cref="RunGroupAsync"/>: false when the group left this request to run on its own.</summary>
    public virtual bool DecidedInGroup => false;

    /// <summary>Why the group refused this request; it is failed with this once the group is done.</summary>
    public virtual Exception? Refusal => null;

    public abstract void Complete();

    public abstract void Fail(Exception exception);

    public abstract void Cancel();
}
