using BlazorStock.Domain.Jobs;

namespace BlazorStock.Web.Jobs;

/// <summary>Which runs the history shows; every part is optional. Dates are UTC days, both ends included.</summary>
public sealed record JobRunFilter(string? Job = null, JobOutcome? Outcome = null, DateOnly? From = null, DateOnly? To = null);
