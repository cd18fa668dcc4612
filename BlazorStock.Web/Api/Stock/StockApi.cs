using BlazorStock.Domain.Stock;
using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BlazorStock.Web.Api.Stock;

/// <summary>Staff receive stock and correct counts, each with a reason (audited).</summary>
public static class StockApi
{
    public static IEndpointRouteBuilder MapStockEndpoints(this IEndpointRouteBuilder api)
    {
        var stock = api.MapGroup("/stock").WithTags("Stock").RequireStaff(StaffPolicies.Warehouse);
        stock.MapPost("/adjustments", AdjustAsync).WithName("AdjustStock")
            .WithSummary("Receive (positive delta) or write off (negative) stock; refused when on hand would fall below reserved.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    public static async Task<Ok<StockLevelResponse>> AdjustAsync(StockAdjustmentRequest request, StockService stock, CancellationToken cancellationToken)
    {
        var level = await stock.AdjustAsync(request.ProductId, request.WarehouseId, request.Delta, request.Reason, cancellationToken);
        return TypedResults.Ok(StockLevelResponse.From(level));
    }
}
