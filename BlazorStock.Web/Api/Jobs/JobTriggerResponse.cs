namespace BlazorStock.Web.Api.Jobs;

/// <param name="BackgroundJobId">Hangfire's id of the run; the run history lists it once it starts.</param>
public sealed record JobTriggerResponse(string Job, string BackgroundJobId);
