namespace BlazorStock.Domain.Persistence;

/// <summary>
/// A kind of request that <see cref="StockWriter"/> may run many at a time: <paramref name="RunAsync"/>
/// gets every such request waiting in a batch and decides each one (succeed or refuse); a request it
/// leaves undecided, or all of them if it throws, runs alone through its own single-request path.
/// </summary>
internal sealed record WriteGroup<TItem, T>(string Key, Func<WriteContext, IReadOnlyList<GroupedWriteRequest<TItem, T>>, Task> RunAsync);
