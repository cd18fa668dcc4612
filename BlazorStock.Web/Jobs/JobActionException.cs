namespace BlazorStock.Web.Jobs;

/// <summary>An operator's job action that was refused (bad cron, nothing to interrupt); shown on the page.</summary>
public sealed class JobActionException(string message) : Exception(message);
