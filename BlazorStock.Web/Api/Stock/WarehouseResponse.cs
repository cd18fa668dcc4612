namespace BlazorStock.Web.Api.Stock;

public sealed record WarehouseResponse(int Id, string Code, string Name);
