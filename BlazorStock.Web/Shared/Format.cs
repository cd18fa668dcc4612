using System.Globalization;

namespace BlazorStock.Web.Shared;

/// <summary>How the app writes money, instants, rates and ids, in one place.</summary>
public static class Format
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    public static string Money(decimal amount) => amount.ToString("C", Us);

    /// <summary>UTC ISO 8601 with milliseconds, as countdown.js parses it.</summary>
    public static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>An instant for people: "3 Dec 2026, 08:49 UTC".</summary>
    public static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString("d MMM yyyy, HH:mm 'UTC'", Us);

    /// <summary>An instant in a table, where the year goes without saying: "3 Dec, 08:49".</summary>
    public static string Short(DateTimeOffset instant) => instant.UtcDateTime.ToString("d MMM, HH:mm", Us);

    /// <summary>A rate for people: "42 %"; "—" when there is nothing to divide by.</summary>
    public static string Percent(double? rate) => rate is { } r ? r.ToString("P0", Us) : "—";

    /// <summary>A long id (a hold, a cart, a request) by its start, which is enough to tell it apart in a list.</summary>
    public static string ShortId(string id) => id.Length > 12 ? id[..8] + "…" : id;

    /// <summary>The order number a shopper reads and quotes: the id's first eight hex digits.</summary>
    public static string OrderNumber(Guid orderId) => orderId.ToString("N")[..8].ToUpperInvariant();

    /// <summary>mm:ss left, never negative, whole seconds rounded up like the browser countdown.</summary>
    public static string TimeLeft(TimeSpan left)
    {
        var seconds = Math.Max(0, (int)Math.Ceiling(left.TotalSeconds));
        return $"{seconds / 60:00}:{seconds % 60:00}";
    }
}
