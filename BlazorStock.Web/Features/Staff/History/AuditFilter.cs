namespace BlazorStock.Web.Features.Staff.History;

/// <summary>The history page's filters, as they stand in its URL. Times are UTC.</summary>
public sealed class AuditFilter
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public string? Actor { get; set; }

    public string? Action { get; set; }

    /// <summary>What the entry refers to, e.g. <c>hold:…</c>, <c>order:…</c> or a cart.</summary>
    public string? Reference { get; set; }

    /// <summary>The request (or circuit action) that caused the change: every entry it wrote.</summary>
    public string? Request { get; set; }

    public DateTime? From { get; set; }

    public DateTime? To { get; set; }

    public long? Before { get; set; }

    public string ToQueryString(long? before = null)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("type", Type);
        Add("id", Id);
        Add("actor", Actor);
        Add("action", Action);
        Add("reference", Reference);
        Add("request", Request);
        Add("from", From?.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Add("before", (before ?? Before)?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
