namespace BlazorStock.Domain.Persistence;

/// <summary>A request of a <see cref="WriteGroup{TItem, T}"/>, with the single-request path it falls back to.</summary>
internal sealed class GroupedWriteRequest<TItem, T>(
    WriteGroup<TItem, T> group, TItem item, Func<WriteContext, Task<T>> alone, string actor, string? correlationId, CancellationToken cancellationToken)
    : WriteRequest<T>(alone, actor, correlationId, cancellationToken)
{
    private bool _decided;
    private Exception? _refusal;

    public TItem Item { get; } = item;

    public override string GroupKey => group.Key;

    public override bool DecidedInGroup => _decided;

    public override Exception? Refusal => _refusal;

    public void Succeed(T result)
    {
        SetResult(result);
        _decided = true;
    }

    public void Refuse(Exception reason)
    {
        _refusal = reason;
        _decided = true;
    }

    public override Task RunGroupAsync(WriteContext context, IReadOnlyList<WriteRequest> members) =>
        group.RunAsync(context, members.Cast<GroupedWriteRequest<TItem, T>>().ToList());
}
