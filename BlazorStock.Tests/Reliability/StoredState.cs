using BlazorStock.Domain.Persistence;

namespace BlazorStock.Tests.Reliability;

/// <summary>
/// Reads the database file directly, as an auditor would, without the app's code: its integrity, and the
/// invariants every write must leave true whatever failed (issue 19). Each check returns what is wrong, empty
/// when nothing is.
/// </summary>
public static class StoredState
{
    public static Task<long> PageCountAsync(string databasePath) => StoredDatabase.Sqlite(databasePath).ScalarAsync("PRAGMA page_count");

    public static Task<List<string>> ProblemsAsync(string databasePath) => ProblemsAsync(StoredDatabase.Sqlite(databasePath));

    /// <summary>SQLite's own integrity check (PostgreSQL has no counterpart to ask), then the invariants on either engine.</summary>
    public static async Task<List<string>> ProblemsAsync(StoredDatabase database)
    {
        await using var connection = await database.OpenAsync();
        var problems = new List<string>();
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            if (await check.ExecuteScalarAsync() is not "ok" and var integrity)
            {
                problems.Add($"integrity_check: {integrity}");
            }
        }

        foreach (var (name, sql) in Invariants)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var rows = await command.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
                problems.Add($"{name}: {string.Join(", ", Enumerable.Range(0, rows.FieldCount).Select(i => $"{rows.GetName(i)}={rows.GetValue(i)}"))}");
            }
        }

        return problems;
    }

    /// <summary>Each query returns the rows that break its rule.</summary>
    private static readonly (string Name, string Sql)[] Invariants =
    [
        // on_hand = available + held + committed: Reserved is exactly the active holds' allocations plus the
        // converted holds of orders that still hold committed stock (Confirmed, Processing), as ConsistencyChecker says.
        ("stock does not add up", """
            WITH order_state AS MATERIALIZED (SELECT lower(CAST("Id" AS TEXT)) AS id, "Status" FROM "Orders"),
            counted AS (
                SELECT a."ProductId", a."WarehouseId",
                       SUM(CASE WHEN h."Status" = 'Active' THEN a."Quantity" ELSE 0 END) AS held,
                       SUM(CASE WHEN h."Status" = 'Converted' THEN a."Quantity" ELSE 0 END) AS committed
                FROM "HoldAllocations" a JOIN "Holds" h ON h."Id" = a."HoldId"
                LEFT JOIN order_state o ON h."OwnerType" = 'Order' AND h."OwnerId" = o.id
                WHERE h."Status" = 'Active' OR (h."Status" = 'Converted' AND o."Status" IN ('Confirmed', 'Processing'))
                GROUP BY a."ProductId", a."WarehouseId")
            SELECT s."ProductId", s."WarehouseId", s."OnHand", s."Reserved", s."OnHand" - s."Reserved" AS available,
                   coalesce(c.held, 0) AS held, coalesce(c.committed, 0) AS committed
            FROM "StockLevels" s LEFT JOIN counted c ON c."ProductId" = s."ProductId" AND c."WarehouseId" = s."WarehouseId"
            WHERE s."OnHand" <> (s."OnHand" - s."Reserved") + coalesce(c.held, 0) + coalesce(c.committed, 0)
               OR s."Reserved" < 0 OR s."Reserved" > s."OnHand"
            """),
        // A hold is its allocations: a plain product's add up to its quantity, a kit's to the quantity times each part.
        ("hold without its allocations", """
            SELECT h."Id", h."Status", h."Quantity", p."Sku"
            FROM "Holds" h JOIN "Products" p ON p."Id" = h."ProductId"
            WHERE h."Status" IN ('Active', 'Converted')
              AND NOT EXISTS (SELECT 1 FROM "HoldAllocations" a WHERE a."HoldId" = h."Id")
            """),
        ("plain hold whose allocations differ from its quantity", """
            SELECT h."Id", h."Quantity", (SELECT SUM(a."Quantity") FROM "HoldAllocations" a WHERE a."HoldId" = h."Id") AS allocated
            FROM "Holds" h
            WHERE h."Status" IN ('Active', 'Converted')
              AND NOT EXISTS (SELECT 1 FROM "KitComponents" k WHERE k."KitId" = h."ProductId")
              AND h."Quantity" <> (SELECT coalesce(SUM(a."Quantity"), 0) FROM "HoldAllocations" a WHERE a."HoldId" = h."Id")
            """),
        ("kit hold whose allocations differ from its parts", """
            SELECT h."Id", k."ComponentId", h."Quantity" * k."Quantity" AS needed,
                   (SELECT coalesce(SUM(a."Quantity"), 0) FROM "HoldAllocations" a WHERE a."HoldId" = h."Id" AND a."ProductId" = k."ComponentId") AS allocated
            FROM "Holds" h JOIN "KitComponents" k ON k."KitId" = h."ProductId"
            WHERE h."Status" IN ('Active', 'Converted')
              AND h."Quantity" * k."Quantity" <> (SELECT coalesce(SUM(a."Quantity"), 0) FROM "HoldAllocations" a WHERE a."HoldId" = h."Id" AND a."ProductId" = k."ComponentId")
            """),
        // Every hold and order carries the audit entry written in its transaction.
        ("hold without its creation in the audit log", """
            WITH created AS MATERIALIZED (SELECT DISTINCT lower("ObjectId") AS id FROM "AuditEntries" WHERE "ObjectType" = 'Hold' AND "Action" = 'hold.created')
            SELECT h."Id" FROM "Holds" h LEFT JOIN created c ON c.id = lower(CAST(h."Id" AS TEXT)) WHERE c.id IS NULL
            """),
        ("order without lines", """
            SELECT o."Id", o."Status" FROM "Orders" o WHERE NOT EXISTS (SELECT 1 FROM "OrderLines" l WHERE l."OrderId" = o."Id")
            """),
        // A shopper's order is its cart's holds: pending holds them active, paid and confirmed converted, each line fully.
        ("order line not covered by its holds", """
            SELECT o."Id", o."Status", l."ProductId", l."Quantity",
                   (SELECT coalesce(SUM(h."Quantity"), 0) FROM "Holds" h
                    WHERE h."OwnerType" = 'Order' AND h."OwnerId" = lower(CAST(o."Id" AS TEXT)) AND h."ProductId" = l."ProductId"
                      AND h."Status" = CASE WHEN o."Status" = 'Pending' THEN 'Active' ELSE 'Converted' END) AS held
            FROM "Orders" o JOIN "OrderLines" l ON l."OrderId" = o."Id"
            WHERE o."CartId" IS NOT NULL AND o."Status" IN ('Pending', 'Confirmed')
              AND l."Quantity" <> (SELECT coalesce(SUM(h."Quantity"), 0) FROM "Holds" h
                    WHERE h."OwnerType" = 'Order' AND h."OwnerId" = lower(CAST(o."Id" AS TEXT)) AND h."ProductId" = l."ProductId"
                      AND h."Status" = CASE WHEN o."Status" = 'Pending' THEN 'Active' ELSE 'Converted' END)
            """),
        ("paid order not confirmed, or confirmed unpaid", """
            SELECT o."Id", o."Status", o."PaymentStatus" FROM "Orders" o
            WHERE o."CartId" IS NOT NULL AND ((o."PaymentStatus" = 'Paid' AND o."Status" = 'Pending') OR (o."Status" = 'Confirmed' AND o."PaymentStatus" <> 'Paid'))
            """),
        ("hold owned by a missing order", """
            SELECT h."Id", h."OwnerId" FROM "Holds" h
            WHERE h."OwnerType" = 'Order' AND h."OwnerId" NOT IN (SELECT lower(CAST("Id" AS TEXT)) FROM "Orders")
            """),
    ];
}
