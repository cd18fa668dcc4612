using BlazorStock.Domain;
using BlazorStock.Domain.Catalog;
using BlazorStock.Web.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BlazorStock.Web.Api.Products;

/// <summary>Create or update a product. <paramref name="Components"/> makes it a kit; on update, null leaves its components as they are.</summary>
public sealed record ProductRequest(
    string Sku,
    string Name,
    decimal Price,
    string? Description = null,
    string? Category = null,
    InventoryTracking Tracking = InventoryTracking.Quantity,
    bool IsActive = true,
    int? HoldDurationSeconds = null,
    int? PerCustomerLimit = null,
    int LowStockThreshold = 5,
    IReadOnlyList<KitComponentRequest>? Components = null,
    bool RequiresSignIn = false,
    DateTimeOffset? DropStartsAt = null)
{
    public ProductDetails ToDetails() =>
        new(Sku, Name, Description ?? "", Category ?? "", Price, Tracking, IsActive,
            HoldDurationSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null, PerCustomerLimit, LowStockThreshold, RequiresSignIn, DropStartsAt);

    public IReadOnlyList<(int ComponentId, int Quantity)>? ToComponents() => Components?.Select(c => (c.ProductId, c.Quantity)).ToList();

    /// <summary>A JSON list may hold nulls whatever its element type says ("components": [null] was a 500, issue 19).</summary>
    public ProblemHttpResult? ComponentsProblem() =>
        Components?.Any(c => c is null) == true ? ApiProblems.Invalid(ErrorCodes.InvalidKit, "Each component needs a productId and a quantity.") : null;
}
