using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Units;
using BlazorStock.Domain;
using BlazorStock.Web.Errors;
using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Api.Items;

/// <summary>Serialized units (items) and their status history, for staff.</summary>
public static class ItemApi
{
    public static IEndpointRouteBuilder MapItemEndpoints(this IEndpointRouteBuilder api)
    {
        var items = api.MapGroup("/items").WithTags("Items").RequireStaff(StaffPolicies.Warehouse);
        items.MapGet("", ListAsync).WithName("ListItems").WithSummary("Serialized units, by serial number; filtered by product, status and part of the serial number.");
        items.MapGet("/{id:int}/history", HistoryAsync).WithName("GetItemHistory").WithSummary("A unit and every status change it went through.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <param name="serial">Units whose serial number contains this.</param>
    public static async Task<Ok<List<ItemResponse>>> ListAsync(StockDbContext db, int? productId, UnitStatus? status, string? serial, CancellationToken cancellationToken)
    {
        var query = db.SerializedUnits.AsNoTracking();
        if (productId is { } product)
        {
            query = query.Where(u => u.ProductId == product);
        }

        if (status is { } wanted)
        {
            query = query.Where(u => u.Status == wanted);
        }

        if (!string.IsNullOrWhiteSpace(serial))
        {
            var pattern = LikePattern.Containing(serial);
            query = query.Where(u => EF.Functions.Like(u.SerialNumber, pattern, LikePattern.Escape));
        }

        var units = await query.OrderBy(u => u.SerialNumber).ToListAsync(cancellationToken);
        return TypedResults.Ok(units.Select(ItemResponse.From).ToList());
    }

    public static async Task<Results<Ok<ItemHistoryResponse>, ProblemHttpResult>> HistoryAsync(int id, StockDbContext db, CancellationToken cancellationToken)
    {
        var unit = await db.SerializedUnits.AsNoTracking().Include(u => u.History).SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (unit is null)
        {
            return ApiProblems.Problem(StatusCodes.Status404NotFound, ErrorCodes.UnitNotFound, $"Item {id} does not exist.");
        }

        var history = unit.History.OrderBy(h => h.At).ThenBy(h => h.Id)
            .Select(h => new ItemStatusChangeResponse(h.At, h.From, h.To, h.Reason, h.Actor, h.ReferenceType, h.ReferenceId, h.Note))
            .ToList();
        return TypedResults.Ok(new ItemHistoryResponse(ItemResponse.From(unit), history));
    }
}
