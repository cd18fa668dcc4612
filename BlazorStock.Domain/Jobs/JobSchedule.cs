namespace BlazorStock.Domain.Jobs;

/// <summary>
/// An operator's settings for one recurring job, kept in our database so they outlive the job storage
/// (in-memory by default) and a restart: a paused job, a schedule edited over the configured default.
/// </summary>
public sealed class JobSchedule
{
    private JobSchedule()
    {
    }

    internal JobSchedule(string job) => Job = job;

    public string Job { get; private set; } = "";

    /// <summary>The cron expression an operator set; null runs the job on its configured default.</summary>
    public string? Cron { get; private set; }

    public bool IsPaused { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public string ChangedBy { get; private set; } = "";

    internal void SetPaused(bool paused, DateTimeOffset at, string by)
    {
        IsPaused = paused;
        Touch(at, by);
    }

    internal void SetCron(string? cron, DateTimeOffset at, string by)
    {
        Cron = cron;
        Touch(at, by);
    }

    private void Touch(DateTimeOffset at, string by) => (ChangedAt, ChangedBy) = (at, by);
}
