using BlazorStock.Domain;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Stock;
using BlazorStock.Web.Components.Pages.Staff.Shared;
using BlazorStock.Web.Components.Pages.Staff.Stock;
using BlazorStock.Web.Live;
using BlazorStock.Web.Staff.Dashboard;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace BlazorStock.Web.Staff.Stock;

/// <summary>Receiving and correcting stock (with a reason), receiving serialized units, creating and editing products and kits.</summary>
public static class StockPageEndpoints
{
    public const string Changed = "staff:stock";

    public static RouteGroupBuilder MapStockPageEndpoints(this RouteGroupBuilder staff)
    {
        staff.MapGet("/stock/levels", GetLevelsAsync);
        staff.MapPost("/stock/adjust", AdjustAsync);
        staff.MapPost("/stock/units", ReceiveUnitsAsync);
        staff.MapPost("/catalog/products", CreateProductAsync);
        staff.MapPost("/catalog/products/{id:int}", UpdateProductAsync);
        return staff;
    }

    public static async Task<RazorComponentResult<StockLevels>> GetLevelsAsync(StockDbContext db, CancellationToken cancellationToken) =>
        new(new { Rows = await DashboardQueries.StockRowsAsync(db, cancellationToken) });

    public static Task<Results<RazorComponentResult<Toast>, RedirectHttpResult>> AdjustAsync(
        [FromForm] AdjustForm form, HttpContext http, StockService stock, CancellationToken cancellationToken)
    {
        if (form.ProductId is null || form.WarehouseId is null || form.Delta is null)
        {
            return Task.FromResult(StaffForms.Refuse(http, "Choose a product and a warehouse and give the change.", form.ReturnUrl, "/staff/stock"));
        }

        return StaffForms.ActAsync(http, form.ReturnUrl, "/staff/stock", Changed, async () =>
        {
            var level = await stock.AdjustAsync(form.ProductId.Value, form.WarehouseId.Value, form.Delta.Value, form.Reason ?? "", cancellationToken);
            return $"{(form.Delta > 0 ? "Received" : "Wrote off")} {Math.Abs(form.Delta.Value)}: now {level.OnHand} on hand, {level.Available} available.";
        });
    }

    public static Task<Results<RazorComponentResult<Toast>, RedirectHttpResult>> ReceiveUnitsAsync(
        [FromForm] ReceiveUnitsForm form, HttpContext http, CatalogService catalog, CancellationToken cancellationToken)
    {
        if (form.ProductId is null || form.WarehouseId is null)
        {
            return Task.FromResult(StaffForms.Refuse(http, "Choose a serialized product and a warehouse.", form.ReturnUrl, "/staff/stock"));
        }

        return StaffForms.ActAsync(http, form.ReturnUrl, "/staff/stock", Changed, async () =>
        {
            var units = await catalog.ReceiveUnitsAsync(form.ProductId.Value, form.WarehouseId.Value, form.SerialList(), string.IsNullOrWhiteSpace(form.Condition) ? "New" : form.Condition.Trim(), cancellationToken);
            return $"Received {units.Count} unit(s): {string.Join(", ", units.Select(u => u.SerialNumber))}.";
        });
    }

    public static async Task<RedirectHttpResult> CreateProductAsync([FromForm] ProductForm form, HttpContext http, CatalogService catalog, CancellationToken cancellationToken)
    {
        try
        {
            var components = form.ToComponents();
            var product = await catalog.CreateProductAsync(form.ToDetails(), components.Count > 0 ? components : null, cancellationToken);
            StaffNotices.Flash(http, new StaffNotice("success", $"Created {product.Name}."));
            return TypedResults.Redirect($"/staff/catalog/{product.Id}");
        }
        catch (DomainException error)
        {
            StaffNotices.Flash(http, new StaffNotice("danger", error.Message));
            return TypedResults.Redirect("/staff/catalog/new");
        }
    }

    public static async Task<RedirectHttpResult> UpdateProductAsync(int id, [FromForm] ProductForm form, HttpContext http, CatalogService catalog, CancellationToken cancellationToken)
    {
        try
        {
            var product = await catalog.UpdateProductAsync(id, form.ToDetails(), form.ToComponents(), cancellationToken);
            StaffNotices.Flash(http, new StaffNotice("success", $"Saved {product.Name}."));
        }
        catch (DomainException error)
        {
            StaffNotices.Flash(http, new StaffNotice("danger", error.Message));
        }

        return TypedResults.Redirect($"/staff/catalog/{id}");
    }
}
