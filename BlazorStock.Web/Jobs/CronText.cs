using System.Globalization;
using System.Text.RegularExpressions;

namespace BlazorStock.Web.Jobs;

/// <summary>
/// Common cron shapes in plain words for the jobs page (five fields, or six with seconds first); anything
/// else is shown as "Custom schedule" with its expression.
/// </summary>
public static partial class CronText
{
    private static readonly string[] Days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static string Describe(string cron)
    {
        var parts = cron.Trim().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length switch
        {
            5 => DescribeMinutes(parts) ?? Custom(cron),
            6 when parts[0] == "0" => DescribeMinutes(parts[1..]) ?? Custom(cron),
            6 when parts[1..].All(p => p == "*") => parts[0] == "*" ? "Every second"
                : Step(parts[0]) is { } seconds ? $"Every {seconds} seconds" : Custom(cron),
            _ => Custom(cron),
        };
    }

    private static string? DescribeMinutes(string[] parts)
    {
        var (minutes, hours, dayOfMonth, month, dayOfWeek) = (parts[0], parts[1], parts[2], parts[3], parts[4]);
        if ((dayOfMonth, month) == ("31", "2") || (dayOfMonth, month) == ("30", "2"))
        {
            return "Never";
        }

        if ((dayOfMonth, month, dayOfWeek) == ("*", "*", "*") && hours == "*")
        {
            return minutes == "*" ? "Every minute"
                : Step(minutes) is { } every ? $"Every {every} minutes"
                : Number(minutes, 59) is { } minute ? $"Every hour at :{minute:00}"
                : null;
        }

        if (Number(minutes, 59) is not { } at)
        {
            return null;
        }

        if (hours != "*" && Step(hours) is { } everyHours && (dayOfMonth, month, dayOfWeek) == ("*", "*", "*"))
        {
            return $"Every {everyHours} hours at :{at:00}";
        }

        if (Number(hours, 23) is not { } hour || month != "*")
        {
            return null;
        }

        var time = $"{hour:00}:{at:00} UTC";
        return (dayOfMonth, dayOfWeek) switch
        {
            ("*", "*") => $"Every day at {time}",
            ("*", "1-5") => $"Every weekday (Monday to Friday) at {time}",
            ("*", _) when Number(dayOfWeek, 7) is { } day => $"Every {Days[day]} at {time}",
            (_, "*") when Number(dayOfMonth, 31) is { } day and > 0 => $"Every month on day {day} at {time}",
            _ => null,
        };
    }

    private static string Custom(string cron) => $"Custom schedule ({cron.Trim()})";

    private static int? Number(string field, int max) =>
        int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= max ? value : null;

    private static int? Step(string field) => StepPattern().Match(field) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^(?:0|\*)/(\d+)$")]
    private static partial Regex StepPattern();
}
