namespace BlazorStock.Web.Features.Catalog;

public sealed record KitPart(int ProductId, string Name, int QuantityPerKit, int Available);
