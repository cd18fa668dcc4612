namespace BlazorStock.Domain.Jobs;

public enum JobOutcome
{
    Running,
    Succeeded,
    Failed,
    Interrupted,
}
