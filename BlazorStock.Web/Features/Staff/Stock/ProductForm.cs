using BlazorStock.Domain.Catalog;

namespace BlazorStock.Web.Features.Staff.Stock;

/// <summary>What the product page edits, field by field; <see cref="ToDetails"/> hands it to the domain, which decides.</summary>
public sealed class ProductForm
{
    public string? Sku { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Category { get; set; }

    public decimal Price { get; set; }

    public int LowStockThreshold { get; set; } = 5;

    public int? HoldMinutes { get; set; }

    public int? PerCustomerLimit { get; set; }

    public bool IsActive { get; set; } = true;

    public bool RequiresSignIn { get; set; }

    /// <summary>The drop's opening as staff type it, UTC ("2026-12-24 18:00"); empty for none.</summary>
    public string? DropStarts { get; set; }

    public const string DropStartsFormat = "yyyy-MM-dd HH:mm";

    public static string? DropStartsProblem(string? text) =>
        string.IsNullOrWhiteSpace(text) || ParseDropStarts(text) is not null ? null : $"Write the opening as {DropStartsFormat} (UTC), or leave it empty.";

    private static DateTimeOffset? ParseDropStarts(string? text) =>
        DateTime.TryParseExact(text?.Trim(), DropStartsFormat, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out var parsed)
            ? new DateTimeOffset(parsed, TimeSpan.Zero)
            : null;

    public bool IsSerialized { get; set; }

    public List<ComponentRow> Components { get; set; } = [];

    public static ProductForm From(Product product) => new()
    {
        Sku = product.Sku,
        Name = product.Name,
        Description = product.Description,
        Category = product.Category,
        Price = product.Price,
        LowStockThreshold = product.LowStockThreshold,
        HoldMinutes = product.HoldDuration is { } duration ? (int)Math.Ceiling(duration.TotalMinutes) : null,
        PerCustomerLimit = product.PerCustomerLimit,
        IsActive = product.IsActive,
        RequiresSignIn = product.RequiresSignIn,
        DropStarts = product.DropStartsAt?.UtcDateTime.ToString(DropStartsFormat, System.Globalization.CultureInfo.InvariantCulture),
        IsSerialized = product.IsSerialized,
        Components = product.Components.Select(c => new ComponentRow { ProductId = c.ComponentId, Quantity = c.Quantity }).ToList(),
    };

    /// <summary>Whether the form still says what <paramref name="product"/> is: nothing typed over it.</summary>
    public bool Matches(Product product)
    {
        var saved = From(product);
        return ToDetails() == saved.ToDetails() && ToComponents().SequenceEqual(saved.ToComponents());
    }

    public ProductDetails ToDetails() => new(
        Sku ?? "",
        Name ?? "",
        Description ?? "",
        Category ?? "",
        Price,
        IsSerialized ? InventoryTracking.Serialized : InventoryTracking.Quantity,
        IsActive,
        HoldMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : null,
        PerCustomerLimit,
        LowStockThreshold,
        RequiresSignIn,
        ParseDropStarts(DropStarts));

    public IReadOnlyList<(int ComponentId, int Quantity)> ToComponents() =>
        Components.Where(c => c.ProductId is not null).Select(c => (c.ProductId!.Value, c.Quantity ?? 1)).ToList();
}
