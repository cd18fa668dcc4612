namespace BlazorStock.Domain.Persistence;

internal class WriteRequest<T>(Func<WriteContext, Task<T>> work, string actor, string? correlationId, CancellationToken cancellationToken)
    : WriteRequest(actor, correlationId, cancellationToken)
{
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? _result;

    public Task<T> Task => _completion.Task;

    public override async Task RunAsync(WriteContext context) => _result = await work(context);

    public override void Complete() => _completion.TrySetResult(_result!);

    public override void Fail(Exception exception) => _completion.TrySetException(exception);

    public override void Cancel() => _completion.TrySetCanceled(CancellationToken);

    protected void SetResult(T result) => _result = result;
}
