using BlazorStock.Domain;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Stock;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Support;

/// <summary>Test-data builders for the web app: products with stock through the real domain services.</summary>
public static class ShopFixtures
{
    public static async Task<Warehouse> WarehouseAsync(this IServiceProvider services, string code = "MAIN") =>
        await services.RunAsync<CatalogService, Warehouse>(c => c.CreateWarehouseAsync(code, $"{code} warehouse", CancellationToken.None));

    public static async Task<Product> ProductAsync(this IServiceProvider services, Warehouse warehouse, string name, int stock, Func<ProductDetails, ProductDetails>? customize = null, string category = "Furniture")
    {
        var details = new ProductDetails($"SKU-{Guid.NewGuid():N}"[..12], name, $"{name} for tests", category, 100m);
        var product = await services.RunAsync<CatalogService, Product>(c => c.CreateProductAsync(customize?.Invoke(details) ?? details, null, CancellationToken.None));
        if (stock > 0)
        {
            await services.RunAsync<StockService, StockLevel>(s => s.AdjustAsync(product.Id, warehouse.Id, stock, "Received", CancellationToken.None));
        }

        return product;
    }

    public static Task<Product> KitAsync(this IServiceProvider services, string name, params (Product Component, int Quantity)[] parts) =>
        services.RunAsync<CatalogService, Product>(c => c.CreateProductAsync(
            new ProductDetails($"KIT-{Guid.NewGuid():N}"[..12], name, "", "Bundles", 300m), parts.Select(p => (p.Component.Id, p.Quantity)).ToList(), CancellationToken.None));

    public static async Task<int> AvailableAsync(this IServiceProvider services, int productId)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StockDbContext>().StockLevels.Where(s => s.ProductId == productId).SumAsync(s => s.OnHand - s.Reserved);
    }

    public static async Task<List<Hold>> HoldsAsync(this IServiceProvider services, int productId)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StockDbContext>().Holds.AsNoTracking().Where(h => h.ProductId == productId).ToListAsync();
    }

    public static async Task<TResult> RunAsync<TService, TResult>(this IServiceProvider services, Func<TService, Task<TResult>> action)
        where TService : notnull
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OperationContext>().Actor = "test";
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
