using System.Text.Json;
using BlazorStock.Domain.Holds;

namespace BlazorStock.Domain.Jobs;

/// <summary>The daily summary of the last 24 hours, stored for the reports page and the reports API.</summary>
public sealed class DailyReport
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private DailyReport()
    {
    }

    internal DailyReport(int created, HoldOutcomes outcomes, string mostHeldJson, string lowStockJson)
    {
        From = outcomes.From;
        To = outcomes.To;
        HoldsCreated = created;
        HoldsExpired = outcomes.Expired;
        HoldsConverted = outcomes.Converted;
        HoldsReleased = outcomes.Released;
        MostHeldJson = mostHeldJson;
        LowStockJson = lowStockJson;
    }

    public long Id { get; private set; }

    public DateTimeOffset From { get; private set; }

    public DateTimeOffset To { get; private set; }

    public int HoldsCreated { get; private set; }

    public int HoldsExpired { get; private set; }

    public int HoldsConverted { get; private set; }

    public int HoldsReleased { get; private set; }

    /// <summary>The holds closed in the report's window, with the conversion and expiry rates (<see cref="HoldOutcomes"/>).</summary>
    public HoldOutcomes Outcomes => new(From, To, HoldsConverted, HoldsExpired, HoldsReleased);

    /// <summary>[{productId, name, quantity}] of the most held products.</summary>
    public string MostHeldJson { get; private set; } = "[]";

    /// <summary>[{productId, name, available, threshold}] of products at or below their low-stock threshold.</summary>
    public string LowStockJson { get; private set; } = "[]";

    public IReadOnlyList<MostHeldProduct> MostHeld => JsonSerializer.Deserialize<List<MostHeldProduct>>(MostHeldJson, Json) ?? [];

    public IReadOnlyList<LowStockProduct> LowStock => JsonSerializer.Deserialize<List<LowStockProduct>>(LowStockJson, Json) ?? [];
}
