using System.Globalization;
using System.Text.Json;
using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Api.Paging;
using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Api.Audit;

/// <summary>The audit log for staff, newest first, keyset-paged on its id.</summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/audit", ListAsync).WithName("ListAudit").WithTags("Audit").RequireStaff(StaffPolicies.Warehouse)
            .WithSummary("Audit entries, optionally for one object type and id; keyset-paged.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    public static async Task<Results<Ok<Page<AuditEntryResponse>>, ProblemHttpResult>> ListAsync(
        StockDbContext db, string? objectType, string? objectId, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        if (!Cursor.TryLimit(limit, out var take, out var problem))
        {
            return problem;
        }

        long? before = null;
        if (cursor is not null)
        {
            if (!Cursor.TryDecode(cursor, 1, out var parts) || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var lastId))
            {
                return Cursor.Invalid();
            }

            before = lastId;
        }

        var query = await AuditLookup.WhereObjectAsync(db, db.AuditEntries.AsNoTracking(), objectType, objectId, before, take + 1, cancellationToken);

        if (before is { } lastSeen)
        {
            query = query.Where(a => a.Id < lastSeen);
        }

        var rows = await query.OrderByDescending(a => a.Id).Take(take + 1).ToListAsync(cancellationToken);
        return TypedResults.Ok(Cursor.ToPage(rows, take,
            a => new AuditEntryResponse(a.Id, a.At, a.Actor, a.Action, a.ObjectType, a.ObjectId, Parse(a.OldValues), Parse(a.NewValues), a.Reason, a.Reference, a.CorrelationId),
            a => Cursor.Encode(a.Id.ToString(CultureInfo.InvariantCulture))));
    }

    private static JsonElement? Parse(string? json) => json is null ? null : JsonSerializer.Deserialize<JsonElement>(json);
}
