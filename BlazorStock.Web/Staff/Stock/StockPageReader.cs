using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Stock;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Staff.Stock;

public static class StockPageReader
{
    public static async Task<List<CatalogRow>> CatalogAsync(StockDbContext db, AvailabilityService availability, CancellationToken cancellationToken)
    {
        var products = await db.Products.AsNoTracking().Include(p => p.Components).OrderBy(p => p.Name).ToListAsync(cancellationToken);
        var available = await availability.AvailableByProductAsync(products.SelectMany(p => p.StockNeeds(1).Select(n => n.ProductId)).Distinct().ToList(), cancellationToken);
        return products.Select(p => new CatalogRow(p.Id, p.Sku, p.Name, p.Category, p.Price, p.IsActive, p.IsKit, p.IsSerialized, Math.Max(0, p.AvailableFrom(available)))).ToList();
    }
}
