namespace BlazorStock.Web.Api.Products;

/// <param name="Available">How many can be held now (a kit: how many complete kits its components allow).</param>
public sealed record ProductSummary(int Id, string Sku, string Name, string Category, decimal Price, int Available, bool IsKit, bool IsSerialized);
