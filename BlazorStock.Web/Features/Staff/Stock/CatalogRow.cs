namespace BlazorStock.Web.Features.Staff.Stock;

/// <summary>A product in the catalog table: what it is and how many can be held now.</summary>
public sealed record CatalogRow(int Id, string Sku, string Name, string Category, decimal Price, bool IsActive, bool IsKit, bool IsSerialized, int Available);
