namespace BlazorStock.Domain.Persistence;

/// <summary>One queued operation for <see cref="StockWriter"/>, completed only after its batch commits.</summary>
internal abstract class WriteRequest(string actor, string? correlationId, CancellationToken cancellationToken)
{
    public string Actor { get; } = actor;

    public string? CorrelationId { get; } = correlationId;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public abstract Task RunAsync(WriteContext context);

    public abstract void Complete();

    public abstract void Fail(Exception exception);

    public abstract void Cancel();
}
