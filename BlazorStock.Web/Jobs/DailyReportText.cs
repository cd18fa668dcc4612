using System.Text.Json;
using BlazorStock.Domain.Jobs;

namespace BlazorStock.Web.Jobs;

/// <summary>The daily report's stored lists as short text.</summary>
public static class DailyReportText
{
    public static string MostHeld(DailyReport report) => Join(report.MostHeldJson, e => $"{e.GetProperty("name").GetString()} ({e.GetProperty("quantity").GetInt32()})");

    public static string LowStock(DailyReport report) => Join(report.LowStockJson, e => $"{e.GetProperty("name").GetString()} ({e.GetProperty("available").GetInt32()} left)");

    /// <summary>A rate as a whole percentage, "n/a" when no hold closed.</summary>
    public static string Rate(double? rate) => rate is { } value ? value.ToString("P0", System.Globalization.CultureInfo.InvariantCulture) : "n/a";

    private static string Join(string json, Func<JsonElement, string> describe)
    {
        var items = JsonDocument.Parse(json).RootElement.EnumerateArray().Select(describe).ToList();
        return items.Count == 0 ? "none" : string.Join(", ", items);
    }
}
