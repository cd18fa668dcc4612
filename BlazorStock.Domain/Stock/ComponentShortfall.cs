using BlazorStock.Domain.Catalog;

namespace BlazorStock.Domain.Stock;

/// <summary>A kit component there is not enough of: <paramref name="Needed"/> for the whole line, <paramref name="Available"/> now.</summary>
public sealed record ComponentShortfall(int ProductId, string Name, int Needed, int Available)
{
    /// <summary>Every component short for <paramref name="quantity"/> of <paramref name="kit"/>, by product id; empty for a plain product.</summary>
    internal static IReadOnlyList<ComponentShortfall> Of(Product kit, int quantity, IReadOnlyDictionary<int, int> availableByProduct) =>
        kit.Components
            .Select(c => new ComponentShortfall(
                c.ComponentId,
                c.Component?.Name ?? $"Product {c.ComponentId}",
                c.Quantity * quantity,
                Math.Max(0, availableByProduct.GetValueOrDefault(c.ComponentId))))
            .Where(s => s.Available < s.Needed)
            .OrderBy(s => s.ProductId)
            .ToList();
}
