namespace BlazorStock.Web.Jobs;

/// <summary>
/// Who is triggering a job by hand right now, on this call path. <see cref="ManualTriggerFilter"/> copies it
/// into the background job Hangfire creates, so the run knows who asked and that a pause does not stop it.
/// </summary>
public static class ManualTrigger
{
    /// <summary>The background job parameter holding the operator's name.</summary>
    public const string Parameter = "TriggeredBy";

    private static readonly AsyncLocal<string?> Current = new();

    public static string? Actor => Current.Value;

    /// <summary>Marks jobs created until the result is disposed as triggered by <paramref name="actor"/>.</summary>
    public static IDisposable By(string actor)
    {
        var previous = Current.Value;
        Current.Value = actor;
        return new Restore(previous);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
