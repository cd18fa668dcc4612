using BlazorStock.Web.Jobs;

namespace BlazorStock.Web.Api.Jobs;

/// <param name="Changed">False when the job already was as asked (already paused, or not paused).</param>
public sealed record JobChangeResponse(bool Changed, JobView Job);
