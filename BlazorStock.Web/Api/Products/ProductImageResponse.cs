namespace BlazorStock.Web.Api.Products;

/// <param name="Url">Where the picture is served; a new picture gets a new address, so it can be cached for good.</param>
public sealed record ProductImageResponse(int ProductId, int Version, string Url);
