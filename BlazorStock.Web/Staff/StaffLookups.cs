using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Staff;

/// <summary>The small lists back-office filters and forms choose from.</summary>
public static class StaffLookups
{
    /// <summary>Products as "Name (SKU)", by name; pass a filtered <c>db.Products</c> for a narrower list.</summary>
    public static Task<List<Choice>> ProductsAsync(IQueryable<Product> products, CancellationToken cancellationToken) =>
        products.AsNoTracking().OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name + " (" + p.Sku + ")")).ToListAsync(cancellationToken);

    public static Task<List<Choice>> WarehousesAsync(StockDbContext db, CancellationToken cancellationToken) =>
        db.Warehouses.AsNoTracking().OrderBy(w => w.Code).Select(w => new Choice(w.Id, w.Code)).ToListAsync(cancellationToken);
}
