using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Api.Admin;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Staff.Holds;

/// <summary>Loads a page of holds for the page and its live fragment, through the same query as the API.</summary>
public static class HoldsReader
{
    public static async Task<HoldsView> LoadAsync(StockDbContext db, HoldOptions options, HoldsQuery query, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var page = await HoldQueries.ListAsync(db, options, query.ToFilter(), string.IsNullOrEmpty(query.Cursor) ? null : query.Cursor, HoldsView.PageSize, now, cancellationToken);
        var codes = await db.Warehouses.AsNoTracking().ToDictionaryAsync(w => w.Id, w => w.Code, cancellationToken);
        return new HoldsView(query, page, now, codes);
    }
}
