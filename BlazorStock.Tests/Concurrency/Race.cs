namespace BlazorStock.Tests.Concurrency;

/// <summary>Lines many operations up behind one gate, opens it, and collects each one's outcome.</summary>
public static class Race
{
    public static async Task<Exception?[]> RunAsync(int count, Func<int, Task> operation)
    {
        // An awaited gate, not a blocking one: blocked pool threads would starve the pool and serialise the race.
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, count).Select(async i =>
        {
            await gate.Task;
            try
            {
                await operation(i);
                return (Exception?)null;
            }
            catch (Exception ex)
            {
                return ex;
            }
        }).ToArray();
        gate.SetResult();
        return await Task.WhenAll(tasks);
    }
}
