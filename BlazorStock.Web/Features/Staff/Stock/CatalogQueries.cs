using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Stock;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Features.Staff.Stock;

/// <summary>The catalog as staff see it: every product, on sale or not, with how many can be held now.</summary>
public static class CatalogQueries
{
    public static async Task<List<CatalogRow>> CatalogAsync(StockDbContext db, CancellationToken cancellationToken)
    {
        var products = await db.Products.AsNoTracking().Include(p => p.Components).OrderBy(p => p.Name).ToListAsync(cancellationToken);
        var available = await StockQueries.AvailableByProductAsync(db, products.SelectMany(p => p.StockNeeds(1).Select(n => n.ProductId)).Distinct().ToList(), cancellationToken);
        return products.Select(p => new CatalogRow(p.Id, p.Sku, p.Name, p.Category, p.Price, p.IsActive, p.IsKit, p.IsSerialized, Math.Max(0, p.AvailableFrom(available)))).ToList();
    }
}
