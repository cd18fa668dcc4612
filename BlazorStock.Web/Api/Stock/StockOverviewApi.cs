using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Features.Staff.Dashboard;
using BlazorStock.Web.Features.Staff.Stock;
using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Api.Stock;

/// <summary>What the back office's stock &amp; catalog page reads: stock per warehouse, every product (on sale or not), the warehouses.</summary>
public static class StockOverviewApi
{
    public static IEndpointRouteBuilder MapStockOverviewEndpoints(this IEndpointRouteBuilder api)
    {
        var stock = api.MapGroup("/stock").WithTags("Stock").RequireStaff(StaffPolicies.Warehouse);
        stock.MapGet("/levels", ListLevelsAsync).WithName("ListStockLevels")
            .WithSummary("On hand, reserved and available per stocked product (kits excluded) and warehouse, with the product's total and its low-stock flag; a product never received shows once with zeros.");
        stock.MapGet("/catalog", ListCatalogAsync).WithName("ListCatalog")
            .WithSummary("Every product, on sale or not, with how many can be held now (GET /api/products lists those on sale).");
        stock.MapGet("/warehouses", ListWarehousesAsync).WithName("ListWarehouses").WithSummary("The warehouses, by code.");
        return api;
    }

    public static async Task<Ok<List<StockRow>>> ListLevelsAsync(StockDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await DashboardQueries.StockRowsAsync(db, cancellationToken));

    public static async Task<Ok<List<CatalogRow>>> ListCatalogAsync(StockDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await CatalogQueries.CatalogAsync(db, cancellationToken));

    public static async Task<Ok<List<WarehouseResponse>>> ListWarehousesAsync(StockDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Warehouses.AsNoTracking().OrderBy(w => w.Code).Select(w => new WarehouseResponse(w.Id, w.Code, w.Name)).ToListAsync(cancellationToken));
}
