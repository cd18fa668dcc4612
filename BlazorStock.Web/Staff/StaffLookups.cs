using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Staff;

/// <summary>The small lists back-office filters and forms choose from.</summary>
public static class StaffLookups
{
    public static Task<List<Choice>> ProductsAsync(StockDbContext db, CancellationToken cancellationToken) =>
        db.Products.AsNoTracking().OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name + " (" + p.Sku + ")")).ToListAsync(cancellationToken);

    public static Task<List<Choice>> WarehousesAsync(StockDbContext db, CancellationToken cancellationToken) =>
        db.Warehouses.AsNoTracking().OrderBy(w => w.Code).Select(w => new Choice(w.Id, w.Code)).ToListAsync(cancellationToken);
}
