using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Stock;

namespace BlazorStock.Bench;

/// <summary>Sets up products and stock through the domain services (setup is not what is measured).</summary>
public static class Catalog
{
    public static Task<Warehouse> WarehouseAsync(BenchServer server, string code) =>
        server.WithScopeAsync(sp => sp.GetRequiredService<CatalogService>().CreateWarehouseAsync(code, code, CancellationToken.None));

    public static async Task<Product> ProductAsync(BenchServer server, Warehouse warehouse, string sku, int units)
    {
        var product = await server.WithScopeAsync(sp => sp.GetRequiredService<CatalogService>()
            .CreateProductAsync(new ProductDetails(sku, sku, "", "Bench", 10m), null, CancellationToken.None));
        await server.WithScopeAsync(sp => sp.GetRequiredService<StockService>().AdjustAsync(product.Id, warehouse.Id, units, "Bench stock", CancellationToken.None));
        return product;
    }
}
