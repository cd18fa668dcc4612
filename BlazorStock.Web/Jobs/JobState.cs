namespace BlazorStock.Web.Jobs;

public enum JobState
{
    Normal,

    /// <summary>A run is in progress on some server (or waiting there for the previous run to finish).</summary>
    Running,

    /// <summary>Paused in our database: scheduled runs do nothing until resumed.</summary>
    Paused,

    /// <summary>The last run failed, or Hangfire could not schedule the job.</summary>
    Error,
}
