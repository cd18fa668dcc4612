using BlazorStock.Domain.Catalog;
using BlazorStock.Web.Errors;
using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BlazorStock.Web.Api.Items;

/// <summary>Staff receive serialized units into a warehouse, as the back office's stock page does.</summary>
public static class ItemReceiptApi
{
    public static IEndpointRouteBuilder MapItemReceiptEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/items", ReceiveAsync).WithName("ReceiveItems").WithTags("Items").RequireStaff(StaffPolicies.Warehouse)
            .WithSummary("Receive serialized units of a serialized product: each serial number becomes an Available unit in the warehouse and counts as on hand (audited).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    public static async Task<Results<Created<List<ItemResponse>>, ProblemHttpResult>> ReceiveAsync(ReceiveItemsRequest request, CatalogService catalog, CancellationToken cancellationToken)
    {
        if (request.SerialNumbers is null || request.SerialNumbers.Any(s => s is null))
        {
            return ApiProblems.Invalid("invalid_request", "serialNumbers must be a list of serial numbers (strings), one per unit.");
        }

        var units = await catalog.ReceiveUnitsAsync(request.ProductId, request.WarehouseId, request.SerialNumbers, request.Condition ?? "", cancellationToken);
        return TypedResults.Created($"/api/items?productId={request.ProductId}", units.Select(ItemResponse.From).ToList());
    }
}
