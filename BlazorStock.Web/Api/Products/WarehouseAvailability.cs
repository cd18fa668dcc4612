namespace BlazorStock.Web.Api.Products;

/// <summary>One warehouse's stock of the product (a kit: complete kits from that warehouse's components alone).</summary>
public sealed record WarehouseAvailability(int WarehouseId, string Code, string Name, int OnHand, int Reserved, int Available);
