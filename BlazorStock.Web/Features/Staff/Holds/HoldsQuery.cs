using BlazorStock.Domain.Holds;
using BlazorStock.Web.Api.Admin;

namespace BlazorStock.Web.Features.Staff.Holds;

/// <summary>The holds page's state, as it stands in its URL (and in the CSV export's).</summary>
public sealed class HoldsQuery
{
    public string? Status { get; set; }

    public int? Product { get; set; }

    public int? Warehouse { get; set; }

    public string? Owner { get; set; }

    public int? Expiring { get; set; }

    public string? Sort { get; set; }

    public string? Cursor { get; set; }

    public HoldFilter ToFilter() =>
        new(Parse<HoldStatus>(Status), Product, Warehouse, Parse<HoldOwnerType>(Owner), Expiring is > 0 ? Expiring : null,
            HoldQueries.Sorts.Contains(Sort ?? "") ? Sort! : HoldQueries.Sorts[0]);

    /// <summary>The query string for this state, with another cursor or sort when given ("" drops the cursor).</summary>
    public string ToQueryString(string? cursor = null, string? sort = null)
    {
        var filter = ToFilter();
        var parts = new List<string>();
        Add(parts, "status", filter.Status?.ToString());
        Add(parts, "product", filter.ProductId?.ToString());
        Add(parts, "warehouse", filter.WarehouseId?.ToString());
        Add(parts, "owner", filter.OwnerType?.ToString());
        Add(parts, "expiring", filter.ExpiringWithinMinutes?.ToString());
        Add(parts, "sort", (sort ?? filter.Sort) == HoldQueries.Sorts[0] ? null : sort ?? filter.Sort);
        Add(parts, "cursor", cursor ?? Cursor);
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }

    private static T? Parse<T>(string? value)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
}
