using System.Text.RegularExpressions;

namespace BlazorStock.Web.Jobs;

/// <summary>Common Quartz cron shapes in plain words, for the jobs page; anything else is "custom".</summary>
public static partial class CronText
{
    public static string Describe(string cron)
    {
        var parts = cron.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 6 || parts[3] != "*" || parts[4] != "*" || parts[5] is not ("?" or "*"))
        {
            return "Custom schedule";
        }

        var (seconds, minutes, hours) = (parts[0], parts[1], parts[2]);
        if (minutes == "*" && hours == "*")
        {
            return seconds == "*" ? "Every second"
                : seconds == "0" ? "Every minute"
                : Step(seconds) is { } n ? $"Every {n} seconds" : "Custom schedule";
        }

        if (seconds != "0" || !int.TryParse(minutes, out var minute))
        {
            return seconds == "0" && hours == "*" && Step(minutes) is { } everyMinutes ? $"Every {everyMinutes} minutes" : "Custom schedule";
        }

        return hours == "*" ? $"Every hour at :{minute:00}"
            : int.TryParse(hours, out var hour) ? $"Every day at {hour:00}:{minute:00} UTC"
            : Step(hours) is { } everyHours ? $"Every {everyHours} hours at :{minute:00}"
            : "Custom schedule";
    }

    private static int? Step(string field) => StepPattern().Match(field) is { Success: true } match ? int.Parse(match.Groups[1].Value) : null;

    [GeneratedRegex(@"^(?:0|\*)/(\d+)$")]
    private static partial Regex StepPattern();
}
