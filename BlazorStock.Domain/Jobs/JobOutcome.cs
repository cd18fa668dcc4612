namespace BlazorStock.Domain.Jobs;

public enum JobOutcome
{
    Running,
    Succeeded,
    Failed,
    Interrupted,

    /// <summary>A scheduled run of a paused job: it ran, saw the pause and changed nothing.</summary>
    Skipped,
}
