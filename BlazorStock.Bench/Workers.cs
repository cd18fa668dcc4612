namespace BlazorStock.Bench;

/// <summary>Runs <c>count</c> concurrent workers until each returns false (or the work runs out).</summary>
public static class Workers
{
    public static Task RunAsync(int count, Func<int, Task<bool>> step) =>
        Task.WhenAll(Enumerable.Range(0, count).Select(worker => Task.Run(async () =>
        {
            while (await step(worker))
            {
            }
        })));
}
