using System.Globalization;

namespace BlazorStock.Web.Storefront;

/// <summary>How the storefront writes money and instants, in one place.</summary>
public static class Format
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    public static string Money(decimal amount) => amount.ToString("C", Us);

    /// <summary>UTC ISO 8601 with milliseconds, as site.js's countdowns parse it.</summary>
    public static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>mm:ss left, never negative, whole seconds rounded up like the browser countdown.</summary>
    public static string TimeLeft(TimeSpan left)
    {
        var seconds = Math.Max(0, (int)Math.Ceiling(left.TotalSeconds));
        return $"{seconds / 60:00}:{seconds % 60:00}";
    }
}
