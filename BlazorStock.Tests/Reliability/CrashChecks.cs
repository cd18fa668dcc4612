namespace BlazorStock.Tests.Reliability;

/// <summary>
/// After a restart: what the server acknowledged before it was killed is in the database, at least as
/// acknowledged (issue 19). A write in flight at the kill may have committed or not; either is fine, so the
/// checks ask for "at least", and for states that a later unacknowledged write could explain.
/// </summary>
public static class CrashChecks
{
    public static async Task<List<string>> MissingAsync(StoredDatabase database, Acknowledged acknowledged)
    {
        var holds = new Dictionary<Guid, (string OwnerType, string OwnerId, int Quantity, string Status, long? ExpiresAt, int Extensions)>();
        var orders = new Dictionary<Guid, (string? CartId, string Status, string Payment, int Lines)>();
        await using (var connection = await database.OpenAsync())
        {
            await using var transaction = await StoredDatabase.SnapshotAsync(connection);
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = """SELECT "Id", "OwnerType", "OwnerId", "Quantity", "Status", "ExpiresAt", "ExtensionCount" FROM "Holds" """;
                await using var rows = await command.ExecuteReaderAsync();
                while (await rows.ReadAsync())
                {
                    holds[Guid.Parse(Text(rows, 0))] = (rows.GetString(1), rows.GetString(2), rows.GetInt32(3), rows.GetString(4), rows.IsDBNull(5) ? null : rows.GetInt64(5), rows.GetInt32(6));
                }
            }

            await using (var command = connection.CreateCommand())
            {
                command.CommandText = """SELECT o."Id", o."CartId", o."Status", o."PaymentStatus", (SELECT COUNT(*) FROM "OrderLines" l WHERE l."OrderId" = o."Id") FROM "Orders" o""";
                await using var rows = await command.ExecuteReaderAsync();
                while (await rows.ReadAsync())
                {
                    orders[Guid.Parse(Text(rows, 0))] = (rows.IsDBNull(1) ? null : rows.GetString(1), rows.GetString(2), rows.GetString(3), Convert.ToInt32(rows.GetValue(4), System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        var missing = new List<string>();
        var orderOf = acknowledged.Orders.SelectMany(o => o.Holds.Select(h => (Hold: h, Order: o))).ToDictionary(x => x.Hold, x => x.Order);
        foreach (var hold in acknowledged.Holds)
        {
            if (!holds.TryGetValue(hold.Id, out var stored))
            {
                missing.Add($"acknowledged hold {hold.Id} is gone");
                continue;
            }

            if (stored.Quantity < hold.Quantity || stored.Extensions < hold.Extensions)
            {
                missing.Add($"hold {hold.Id}: {stored.Quantity} held and {stored.Extensions} extensions, {hold.Quantity} and {hold.Extensions} acknowledged");
            }

            if (stored.OwnerType == "Cart" && hold.ExpiresAt is { } acknowledgedExpiry && (stored.ExpiresAt ?? 0) < acknowledgedExpiry.UtcTicks)
            {
                missing.Add($"hold {hold.Id}: expires at {stored.ExpiresAt}, acknowledged until {acknowledgedExpiry.UtcTicks}");
            }

            var order = stored.OwnerType == "Order" && Guid.TryParse(stored.OwnerId, out var orderId) && orders.TryGetValue(orderId, out var o) ? o : default;
            var allowed = stored.OwnerType != "Order" ? ["Active"] : order.Status switch
            {
                "Pending" => ["Active"],
                "Confirmed" => new[] { "Converted" },
                "Cancelled" => ["Released"],
                _ => [],
            };
            if (!allowed.Contains(stored.Status))
            {
                missing.Add($"hold {hold.Id} is {stored.Status}, owned by {stored.OwnerType} {stored.OwnerId} ({order.Status ?? "no order"})");
            }

            if (orderOf.TryGetValue(hold.Id, out var checkedOut) && !(stored.OwnerType == "Order" && stored.OwnerId == checkedOut.Id.ToString()))
            {
                missing.Add($"hold {hold.Id} was checked out into order {checkedOut.Id} but belongs to {stored.OwnerType} {stored.OwnerId}");
            }
        }

        foreach (var order in acknowledged.Orders)
        {
            if (!orders.TryGetValue(order.Id, out var stored))
            {
                missing.Add($"acknowledged order {order.Id} is gone");
                continue;
            }

            var (status, payment) = (stored.Status, stored.Payment);
            var expected = order switch
            {
                { Cancelled: true } => status == "Cancelled" && payment == "Refunded",
                { Paid: true } => (status == "Confirmed" && payment == "Paid") || (status == "Cancelled" && payment == "Refunded"),
                _ => (status == "Pending" && payment == "Unpaid") || (status == "Confirmed" && payment == "Paid"),
            };
            if (!expected || stored.Lines == 0 || stored.CartId is null)
            {
                missing.Add($"order {order.Id} is {status}/{payment} with {stored.Lines} lines; acknowledged {(order.Cancelled ? "cancelled" : order.Paid ? "paid" : "placed")}");
            }
        }

        return missing;
    }

    // A GUID is text on SQLite and uuid on PostgreSQL.
    private static string Text(System.Data.Common.DbDataReader rows, int column) => Convert.ToString(rows.GetValue(column), System.Globalization.CultureInfo.InvariantCulture)!;
}
