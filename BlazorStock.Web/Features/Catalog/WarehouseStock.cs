namespace BlazorStock.Web.Features.Catalog;

/// <summary>One warehouse's available count of a product (a kit: how many complete kits it could make).</summary>
public sealed record WarehouseStock(string Warehouse, int Available);
