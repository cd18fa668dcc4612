using System.Globalization;
using BlazorStock.Domain.Orders;
using BlazorStock.Web.Api.Orders;

namespace BlazorStock.Web.Features.Staff.Orders;

/// <summary>The orders page's state in its URL. Dates are UTC days, <see cref="To"/> included.</summary>
public sealed class OrdersQuery
{
    public string? Status { get; set; }

    public string? Customer { get; set; }

    public DateTime? From { get; set; }

    public DateTime? To { get; set; }

    public string? Sort { get; set; }

    public string? Cursor { get; set; }

    public OrderStatus? StatusFilter => Enum.TryParse<OrderStatus>(Status, ignoreCase: true, out var status) && Enum.IsDefined(status) ? status : null;

    public string SortOrDefault => OrderQueries.Sorts.Contains(Sort ?? "") ? Sort! : OrderQueries.Sorts[0];

    public OrderFilter ToFilter() => new(
        StatusFilter,
        string.IsNullOrWhiteSpace(Customer) ? null : Customer.Trim(),
        From is { } from ? new DateTimeOffset(from.Date, TimeSpan.Zero) : null,
        To is { } to ? new DateTimeOffset(to.Date.AddDays(1), TimeSpan.Zero) : null);

    public string ToQueryString()
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("status", StatusFilter?.ToString());
        Add("customer", Customer?.Trim());
        Add("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("sort", SortOrDefault == OrderQueries.Sorts[0] ? null : SortOrDefault);
        Add("cursor", Cursor);
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
