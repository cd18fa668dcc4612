using System.Globalization;
using BlazorStock.Domain.Jobs;

namespace BlazorStock.Web.Jobs;

/// <summary>Reads the run filter from query values, ignoring what does not parse rather than failing the page.</summary>
public static class JobRunFilterParser
{
    public static JobRunFilter Parse(string? job, string? outcome, string? from, string? to, long? before) =>
        new(
            JobKeys.All.Any(k => k.Name == job) ? job : null,
            Enum.TryParse<JobOutcome>(outcome, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null,
            Date(from),
            Date(to),
            before is > 0 ? before : null);

    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
