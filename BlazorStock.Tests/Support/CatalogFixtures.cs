using BlazorStock.Domain.Catalog;

namespace BlazorStock.Tests.Support;

/// <summary>Test-data builders: products with stock in a few calls instead of long arrange blocks.</summary>
public static class CatalogFixtures
{
    private static int _sku;

    public static async Task<(Warehouse Main, Warehouse East)> WarehousesAsync(this TestStore store)
    {
        var main = await store.CatalogAsync(c => c.CreateWarehouseAsync("MAIN", "Main", CancellationToken.None));
        var east = await store.CatalogAsync(c => c.CreateWarehouseAsync("EAST", "East", CancellationToken.None));
        return (main, east);
    }

    public static async Task<Product> ProductAsync(this TestStore store, string name, params (Warehouse Warehouse, int Quantity)[] stock) =>
        await store.ProductAsync(name, d => d, stock);

    public static async Task<Product> ProductAsync(this TestStore store, string name, Func<ProductDetails, ProductDetails> customize, params (Warehouse Warehouse, int Quantity)[] stock)
    {
        var sku = $"SKU-{Interlocked.Increment(ref _sku)}";
        var product = await store.CatalogAsync(c => c.CreateProductAsync(customize(new ProductDetails(sku, name, "", "Test", 10m)), null, CancellationToken.None));
        foreach (var (warehouse, quantity) in stock)
        {
            await store.StockAsync(s => s.AdjustAsync(product.Id, warehouse.Id, quantity, "Received", CancellationToken.None));
        }

        return product;
    }

    public static Task<Product> KitAsync(this TestStore store, string name, params (Product Component, int Quantity)[] components)
    {
        var sku = $"KIT-{Interlocked.Increment(ref _sku)}";
        return store.CatalogAsync(c => c.CreateProductAsync(new ProductDetails(sku, name, "", "Kits", 100m), components.Select(x => (x.Component.Id, x.Quantity)).ToList(), CancellationToken.None));
    }

    public static async Task<Product> SerializedAsync(this TestStore store, string name, Warehouse warehouse, int units)
    {
        var sku = $"SER-{Interlocked.Increment(ref _sku)}";
        var product = await store.CatalogAsync(c => c.CreateProductAsync(new ProductDetails(sku, name, "", "Serialized", 500m, InventoryTracking.Serialized), null, CancellationToken.None));
        await store.CatalogAsync(c => c.ReceiveUnitsAsync(product.Id, warehouse.Id, Enumerable.Range(1, units).Select(i => $"{sku}-{i:000}").ToList(), "New", CancellationToken.None));
        return product;
    }
}
