namespace BlazorStock.Domain.Catalog;

/// <summary>What makes a product's details valid, field by field, for the domain and for the forms that edit them.</summary>
public static class ProductRules
{
    public const int MaxSkuLength = 64;
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 4000;
    public const int MaxCategoryLength = 100;

    public static string? SkuProblem(string? sku) =>
        string.IsNullOrWhiteSpace(sku) || sku.Trim().Length > MaxSkuLength ? $"SKU is required (at most {MaxSkuLength} characters)." : null;

    public static string? NameProblem(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength ? $"Name is required (at most {MaxNameLength} characters)." : null;

    public static string? DescriptionProblem(string? description) =>
        description?.Trim().Length > MaxDescriptionLength ? $"Description is at most {MaxDescriptionLength} characters." : null;

    public static string? CategoryProblem(string? category) =>
        category?.Trim().Length > MaxCategoryLength ? $"Category is at most {MaxCategoryLength} characters." : null;

    public static string? PriceProblem(decimal price) => price < 0 ? "Price cannot be negative." : null;

    public static string? HoldDurationProblem(TimeSpan? duration) => duration <= TimeSpan.Zero ? "Hold duration must be positive." : null;

    public static string? PerCustomerLimitProblem(int? limit) => limit <= 0 ? "Per-customer limit must be at least 1." : null;

    public static string? LowStockThresholdProblem(int threshold) => threshold < 0 ? "Low-stock threshold cannot be negative." : null;

    public static IReadOnlyList<string> Problems(ProductDetails details) =>
        new[]
        {
            SkuProblem(details.Sku), NameProblem(details.Name), DescriptionProblem(details.Description), CategoryProblem(details.Category),
            PriceProblem(details.Price), HoldDurationProblem(details.HoldDuration), PerCustomerLimitProblem(details.PerCustomerLimit),
            LowStockThresholdProblem(details.LowStockThreshold),
        }.OfType<string>().ToList();
}
