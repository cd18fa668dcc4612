using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Api.Admin;

/// <summary>One hold of any owner, in the shape of an item of <c>GET /api/admin/holds</c>.</summary>
public static class AdminHoldReader
{
    public static async Task<AdminHoldResponse?> FindAsync(StockDbContext db, HoldOptions options, Guid id, CancellationToken cancellationToken)
    {
        var row = await db.Holds.AsNoTracking().Where(h => h.Id == id)
            .Join(db.Products, h => h.ProductId, p => p.Id, (h, p) => new { Hold = h, p.Sku })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null
            ? null
            : new AdminHoldResponse(row.Hold.Id, row.Hold.ProductId, row.Sku, row.Hold.Quantity, row.Hold.Status, row.Hold.OwnerType, row.Hold.OwnerId,
                row.Hold.CreatedAt, row.Hold.ExpiresAt, row.Hold.ExtensionsLeft(options), row.Hold.ClosedAt, row.Hold.CloseReason);
    }
}
