using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Features.Staff.Units;

/// <summary>Serialized units, filtered by product, status and serial number, keyset-paged on the id.</summary>
public static class UnitQueries
{
    public static async Task<(List<UnitRow> Units, int? NextAfter)> ListAsync(
        StockDbContext db, int? productId, UnitStatus? status, string? serial, int? after, int take, CancellationToken cancellationToken)
    {
        var units = db.SerializedUnits.AsNoTracking();
        if (productId is { } product)
        {
            units = units.Where(u => u.ProductId == product);
        }

        if (status is { } wanted)
        {
            units = units.Where(u => u.Status == wanted);
        }

        if (!string.IsNullOrWhiteSpace(serial))
        {
            var pattern = LikePattern.Containing(serial);
            units = units.Where(u => EF.Functions.Like(u.SerialNumber, pattern, LikePattern.Escape));
        }

        if (after is { } last)
        {
            units = units.Where(u => u.Id > last);
        }

        var rows = await units.OrderBy(u => u.Id).Take(take + 1)
            .Join(db.Products, u => u.ProductId, p => p.Id, (u, p) => new { Unit = u, p.Name })
            .Join(db.Warehouses, x => x.Unit.WarehouseId, w => w.Id, (x, w) => new UnitRow(x.Unit.Id, x.Unit.SerialNumber, x.Unit.ProductId, x.Name, w.Code, x.Unit.Condition, x.Unit.Status, x.Unit.HoldId, x.Unit.OrderId))
            .ToListAsync(cancellationToken);
        return (rows.Take(take).ToList(), rows.Count > take ? rows[take - 1].Id : null);
    }
}
