using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Api.Products;

/// <summary>A product's detail with stock per warehouse, read straight from the database.</summary>
public static class ProductReadModel
{
    public static async Task<ProductDetailResponse?> DetailAsync(StockDbContext db, int id, CancellationToken cancellationToken)
    {
        var product = await db.Products.AsNoTracking()
            .Include(p => p.Components).ThenInclude(c => c.Component)
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (product is null)
        {
            return null;
        }

        var stocked = product.StockNeeds(1).Select(n => n.ProductId).ToList();
        var levels = await db.StockLevels.AsNoTracking().Where(s => stocked.Contains(s.ProductId)).ToListAsync(cancellationToken);
        var warehouses = await db.Warehouses.AsNoTracking().OrderBy(w => w.Code).ToListAsync(cancellationToken);
        var total = levels.GroupBy(l => l.ProductId).ToDictionary(g => g.Key, g => g.Sum(l => l.Available));

        var perWarehouse = new List<WarehouseAvailability>();
        foreach (var warehouse in warehouses)
        {
            var here = levels.Where(l => l.WarehouseId == warehouse.Id).ToList();
            if (here.Count == 0)
            {
                continue;
            }

            var available = product.IsKit ? product.AvailableFrom(here.ToDictionary(l => l.ProductId, l => l.Available)) : here.Sum(l => l.Available);
            perWarehouse.Add(product.IsKit
                ? new WarehouseAvailability(warehouse.Id, warehouse.Code, warehouse.Name, 0, 0, Math.Max(0, available))
                : new WarehouseAvailability(warehouse.Id, warehouse.Code, warehouse.Name, here.Sum(l => l.OnHand), here.Sum(l => l.Reserved), available));
        }

        var components = product.Components
            .Select(c => new KitComponentResponse(c.ComponentId, c.Component!.Sku, c.Component.Name, c.Quantity, total.GetValueOrDefault(c.ComponentId)))
            .ToList();
        return new ProductDetailResponse(product.Id, product.Sku, product.Name, product.Description, product.Category, product.Price, product.IsActive,
            product.Tracking, product.IsKit, product.IsSerialized, product.HoldDuration is { } d ? (int)d.TotalSeconds : null, product.PerCustomerLimit,
            product.LowStockThreshold, product.IsActive ? Math.Max(0, product.AvailableFrom(total)) : 0, perWarehouse, components,
            product.RequiresSignIn, product.DropStartsAt);
    }
}
