namespace BlazorStock.Domain;

/// <summary>A length of time in words for messages people read: "2 minutes 30 seconds", never a rounded "3 minutes".</summary>
public static class DurationText
{
    public static string Describe(TimeSpan length)
    {
        var seconds = (long)Math.Round(Math.Abs(length.TotalSeconds));
        if (seconds == 0)
        {
            return "0 seconds";
        }

        var parts = new List<string>(3);
        Add(parts, seconds / 3600, "hour");
        Add(parts, seconds / 60 % 60, "minute");
        Add(parts, seconds % 60, "second");
        return string.Join(' ', parts);
    }

    private static void Add(List<string> parts, long count, string unit)
    {
        if (count > 0)
        {
            parts.Add(count == 1 ? $"1 {unit}" : $"{count} {unit}s");
        }
    }
}
