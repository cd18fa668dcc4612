namespace BlazorStock.Web.Jobs;

/// <summary>An operator's job action that was refused (an unknown job, a bad cron expression); its message is shown on the page.</summary>
public sealed class JobActionException(string message) : Exception(message);
