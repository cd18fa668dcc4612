namespace BlazorStock.Web.Jobs;

public sealed record JobRunCounts(int Succeeded, int Failed);
