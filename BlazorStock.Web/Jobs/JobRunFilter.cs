using BlazorStock.Domain.Jobs;

namespace BlazorStock.Web.Jobs;

/// <summary>The run history's filter, carried in the page's query string.</summary>
public sealed record JobRunFilter(string? Job, JobOutcome? Outcome, DateOnly? From, DateOnly? To, long? Before)
{
    public string ToQuery(long? before = null)
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null && value.ToString() is { Length: > 0 } text)
            {
                parts.Add($"{name}={Uri.EscapeDataString(text)}");
            }
        }

        Add("job", Job);
        Add("outcome", Outcome);
        Add("from", From?.ToString("yyyy-MM-dd"));
        Add("to", To?.ToString("yyyy-MM-dd"));
        Add("before", before);
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
