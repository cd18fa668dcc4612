using BlazorStock.Domain;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Errors;
using BlazorStock.Web.Idempotency;
using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace BlazorStock.Web.Api.Admin;

/// <summary>Staff act on anyone's hold, as the back office's holds grid does: read one, release it or extend it, each with a reason.</summary>
public static class StaffHoldApi
{
    public static IEndpointRouteBuilder MapStaffHoldEndpoints(this IEndpointRouteBuilder api)
    {
        var holds = api.MapGroup("/admin/holds").WithTags("Admin").RequireStaff(StaffPolicies.Warehouse);
        holds.MapGet("/{id:guid}", GetHoldAsync).WithName("GetHold").WithSummary("One hold of any owner (cart, order or manual).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        holds.MapPost("/{id:guid}/release", ReleaseAsync).WithName("ReleaseHoldAsStaff")
            .WithSummary("Release anyone's active hold with a required reason (audited); its stock is back on sale at once and a shopper's cart loses the line.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        holds.MapPost("/{id:guid}/extend", ExtendAsync).WithName("ExtendHoldAsStaff")
            .WithSummary("Give anyone's active hold more time, within the extension policy, with a required reason (audited).")
            .WithIdempotency(IdempotencyScope.User)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    public static async Task<Results<Ok<AdminHoldResponse>, ProblemHttpResult>> GetHoldAsync(
        Guid id, StockDbContext db, IOptions<HoldOptions> options, CancellationToken cancellationToken) =>
        await AdminHoldReader.FindAsync(db, options.Value, id, cancellationToken) is { } hold
            ? TypedResults.Ok(hold)
            : ApiProblems.Problem(StatusCodes.Status404NotFound, ErrorCodes.HoldNotFound, $"Hold {id} does not exist.");

    public static async Task<Ok<AdminHoldResponse>> ReleaseAsync(
        Guid id, StaffReasonRequest? request, HoldService holds, StockDbContext db, IOptions<HoldOptions> options, CancellationToken cancellationToken)
    {
        await holds.ReleaseAsStaffAsync(id, request?.Reason, cancellationToken);
        return TypedResults.Ok((await AdminHoldReader.FindAsync(db, options.Value, id, cancellationToken))!);
    }

    public static async Task<Ok<AdminHoldResponse>> ExtendAsync(
        Guid id, StaffReasonRequest? request, HoldService holds, StockDbContext db, IOptions<HoldOptions> options, CancellationToken cancellationToken)
    {
        await holds.ExtendAsStaffAsync(id, request?.Reason, cancellationToken);
        return TypedResults.Ok((await AdminHoldReader.FindAsync(db, options.Value, id, cancellationToken))!);
    }
}
