using System.Diagnostics.CodeAnalysis;
using Cronos;

namespace BlazorStock.Web.Jobs;

/// <summary>
/// Checks a schedule the way Hangfire reads it (five fields, or six with leading seconds; UTC), with an error
/// an operator can act on. Used for configuration at start-up and for schedule edits.
/// </summary>
public static class CronSchedule
{
    public const string Help =
        "Use five fields, minute hour day-of-month month day-of-week, in UTC: \"* * * * *\" is every minute, \"0 * * * *\" hourly, \"0 6 * * *\" daily at 06:00.";

    public static bool TryParse(string? expression, [NotNullWhen(true)] out CronExpression? cron, [NotNullWhen(false)] out string? error)
    {
        cron = null;
        var text = expression?.Trim() ?? "";
        var fields = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
        if (!text.StartsWith('@') && fields is not (5 or 6))
        {
            error = $"'{text}' is not a cron expression Hangfire can run: it has {fields} field(s). {Help}";
            return false;
        }

        try
        {
            cron = CronExpression.Parse(text, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
            error = null;
            return true;
        }
        catch (CronFormatException ex)
        {
            error = $"'{text}' is not a valid cron expression: {ex.Message} {Help}";
            return false;
        }
    }

    /// <summary>The first occurrence after <paramref name="from"/>, in UTC; null when the schedule never fires.</summary>
    public static DateTimeOffset? NextAfter(CronExpression cron, DateTimeOffset from) =>
        cron.GetNextOccurrence(from, TimeZoneInfo.Utc);
}
