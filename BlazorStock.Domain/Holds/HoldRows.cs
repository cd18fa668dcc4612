using BlazorStock.Domain.Persistence;

namespace BlazorStock.Domain.Holds;

/// <summary>
/// Holds and their allocations written with prepared statements by the set-based paths (batched
/// placement, expiry). Updates carry the hold's version, like EF Core's concurrency token, so a hold
/// changed by someone else is never overwritten.
/// </summary>
internal static class HoldRows
{
    private const string InsertHold = """
        INSERT INTO "Holds" ("Id", "OwnerType", "OwnerId", "ProductId", "Quantity", "Status", "CreatedAt", "UpdatedAt", "ExpiresAt", "ExtensionCount", "ClosedAt", "CloseReason", "ClosedBy", "Version", "ClientAddress", "CustomerId", "LimitWindow")
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)
        """;

    // Status is only set when it changes: SQLite rewrites the entries of every index on a column it sets.
    private const string UpdateQuantity = """
        UPDATE "Holds" SET "Quantity" = ?2, "UpdatedAt" = ?3, "Version" = ?4 WHERE "Id" = ?1 AND "Version" = ?5
        """;

    private const string UpdateStatus = """
        UPDATE "Holds" SET "Quantity" = ?2, "Status" = ?3, "UpdatedAt" = ?4, "ClosedAt" = ?5, "CloseReason" = ?6, "ClosedBy" = ?7, "Version" = ?8
        WHERE "Id" = ?1 AND "Version" = ?9
        """;

    private const string InsertAllocation = """
        INSERT INTO "HoldAllocations" ("HoldId", "ProductId", "WarehouseId", "Quantity", "UnitId") VALUES (?1, ?2, ?3, ?4, ?5)
        """;

    private const string UpdateAllocation = """UPDATE "HoldAllocations" SET "Quantity" = ?2 WHERE "Id" = ?1""";

    /// <summary>The columns <see cref="ReadActive"/> expects, in order: a hold (h) joined to its allocations (a).</summary>
    public const string ActiveColumns = """
        h."Id", h."OwnerType", h."OwnerId", h."ProductId", h."Quantity", h."CreatedAt", h."UpdatedAt", h."ExpiresAt", h."ExtensionCount", h."Version", h."CustomerId", h."LimitWindow",
        a."Id", a."ProductId", a."WarehouseId", a."Quantity", a."UnitId"
        """;

    /// <summary>Active holds with their allocations from a query selecting <see cref="ActiveColumns"/>, in the query's order.</summary>
    public static List<Hold> ReadActive(PreparedStatements statements, string sql, params ReadOnlySpan<object?> values)
    {
        var holds = new Dictionary<Guid, Hold>();
        using var rows = statements.Query(sql, values);
        while (rows.Read())
        {
            var id = rows.GetGuid(0);
            if (!holds.TryGetValue(id, out var hold))
            {
                holds[id] = hold = Hold.Restore(id, new HoldOwner(rows.GetEnum<HoldOwnerType>(1), rows.GetString(2)), rows.GetInt32(3), rows.GetInt32(4),
                    rows.GetInstant(5), rows.GetInstant(6), rows.GetNullableInstant(7), rows.GetInt32(8), rows.GetInt32(9),
                    rows.IsNull(10) ? null : rows.GetString(10), rows.GetNullableInstant(11));
            }

            if (!rows.IsNull(12))
            {
                hold.RestoreAllocation(HoldAllocation.Restore(rows.GetInt64(12), id, rows.GetInt32(13), rows.GetInt32(14), rows.GetInt32(15), rows.GetNullableInt32(16)));
            }
        }

        return [.. holds.Values];
    }

    public static void Insert(PreparedStatements statements, Hold hold)
    {
        statements.ExecuteDeferred(InsertHold, hold.Id, hold.OwnerType, hold.OwnerId, hold.ProductId, hold.Quantity, hold.Status, hold.CreatedAt, hold.UpdatedAt,
            hold.ExpiresAt, hold.ExtensionCount, hold.ClosedAt, hold.CloseReason, hold.ClosedBy, hold.Version, hold.ClientAddress, hold.CustomerId, hold.LimitWindow);
        foreach (var allocation in hold.Allocations)
        {
            statements.ExecuteDeferred(InsertAllocation, hold.Id, allocation.ProductId, allocation.WarehouseId, allocation.Quantity, allocation.UnitId);
        }
    }

    /// <summary>
    /// Saves a loaded hold's quantity, status and allocations; <paramref name="original"/> is what was
    /// loaded. Allocations are only added to or grown here (releases go through the single path).
    /// </summary>
    public static void Update(PreparedStatements statements, Hold hold, HoldOriginal original)
    {
        var changed = hold.Status == original.Status
            ? statements.Execute(UpdateQuantity, hold.Id, hold.Quantity, hold.UpdatedAt, hold.Version, original.Version)
            : statements.Execute(UpdateStatus, hold.Id, hold.Quantity, hold.Status, hold.UpdatedAt, hold.ClosedAt, hold.CloseReason, hold.ClosedBy, hold.Version, original.Version);
        if (changed != 1)
        {
            throw new DomainException(ErrorCodes.ConcurrencyConflict, "Someone else changed this hold at the same moment; try again.");
        }

        foreach (var allocation in hold.Allocations)
        {
            if (allocation.Id == 0)
            {
                statements.Execute(InsertAllocation, hold.Id, allocation.ProductId, allocation.WarehouseId, allocation.Quantity, allocation.UnitId);
            }
            else if (original.Quantity(allocation) != allocation.Quantity)
            {
                statements.Execute(UpdateAllocation, allocation.Id, allocation.Quantity);
            }
        }
    }
}
