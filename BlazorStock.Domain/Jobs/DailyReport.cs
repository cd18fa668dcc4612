using System.Text.Json;

namespace BlazorStock.Domain.Jobs;

/// <summary>The daily summary of the last 24 hours, stored for the jobs page and the reports API.</summary>
public sealed class DailyReport
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private DailyReport()
    {
    }

    internal DailyReport(DateTimeOffset from, DateTimeOffset to, int created, int expired, int converted, string mostHeldJson, string lowStockJson)
    {
        From = from;
        To = to;
        HoldsCreated = created;
        HoldsExpired = expired;
        HoldsConverted = converted;
        MostHeldJson = mostHeldJson;
        LowStockJson = lowStockJson;
    }

    public long Id { get; private set; }

    public DateTimeOffset From { get; private set; }

    public DateTimeOffset To { get; private set; }

    public int HoldsCreated { get; private set; }

    public int HoldsExpired { get; private set; }

    public int HoldsConverted { get; private set; }

    /// <summary>Converted over created, 0 when nothing was held.</summary>
    public double ConversionRate => HoldsCreated == 0 ? 0 : (double)HoldsConverted / HoldsCreated;

    /// <summary>[{productId, name, quantity}] of the most held products.</summary>
    public string MostHeldJson { get; private set; } = "[]";

    /// <summary>[{productId, name, available, threshold}] of products at or below their low-stock threshold.</summary>
    public string LowStockJson { get; private set; } = "[]";

    public IReadOnlyList<MostHeldProduct> MostHeld => JsonSerializer.Deserialize<List<MostHeldProduct>>(MostHeldJson, Json) ?? [];

    public IReadOnlyList<LowStockProduct> LowStock => JsonSerializer.Deserialize<List<LowStockProduct>>(LowStockJson, Json) ?? [];
}
