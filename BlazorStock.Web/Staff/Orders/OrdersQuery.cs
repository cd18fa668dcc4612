using BlazorStock.Domain.Orders;
using BlazorStock.Web.Api.Orders;

namespace BlazorStock.Web.Staff.Orders;

/// <summary>The orders page's state in its URL.</summary>
public sealed class OrdersQuery
{
    public string? Status { get; set; }

    public string? Sort { get; set; }

    public string? Cursor { get; set; }

    public OrderStatus? StatusFilter => Enum.TryParse<OrderStatus>(Status, ignoreCase: true, out var status) && Enum.IsDefined(status) ? status : null;

    public string SortOrDefault => OrderQueries.Sorts.Contains(Sort ?? "") ? Sort! : OrderQueries.Sorts[0];

    public string ToQueryString(string? cursor = null)
    {
        var parts = new List<string>();
        if (StatusFilter is { } status)
        {
            parts.Add($"status={status}");
        }

        if (SortOrDefault != OrderQueries.Sorts[0])
        {
            parts.Add($"sort={Uri.EscapeDataString(SortOrDefault)}");
        }

        if ((cursor ?? Cursor) is { Length: > 0 } next)
        {
            parts.Add($"cursor={Uri.EscapeDataString(next)}");
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
