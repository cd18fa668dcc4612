using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Persistence;

namespace BlazorStock.Domain.Holds;

/// <summary>
/// Denial of inventory (OWASP OAT-021, issue 19): a drop's per-customer limit counts per cart, and one client
/// can open any number of carts. So what the active holds placed from one address hold of a limited product
/// is capped at <see cref="HoldOptions.CustomersPerAddress"/> times its limit, counted inside the writer like
/// every other rule.
/// </summary>
internal static class AddressLimit
{
    /// <summary>The longest IPv6 text form.</summary>
    public const int MaxAddressLength = 45;

    private const string HeldFrom = """
        SELECT coalesce(SUM("Quantity"), 0) FROM "Holds" INDEXED BY "IX_Holds_ActiveAddress"
        WHERE "ProductId" = ?1 AND "ClientAddress" = ?2 AND "Status" = 'Active' AND ("ExpiresAt" IS NULL OR "ExpiresAt" > ?3)
        """;

    private const string HeldFromPostgreSql = """
        SELECT coalesce(SUM("Quantity"), 0) FROM "Holds"
        WHERE "ProductId" = ?1 AND "ClientAddress" = ?2 AND "Status" = 'Active' AND ("ExpiresAt" IS NULL OR "ExpiresAt" > ?3)
        """;

    /// <summary>The address a new hold of <paramref name="product"/> records: only a shopper's, only for a limited product.</summary>
    public static string? AddressFor(Product product, HoldOwner owner, string? clientAddress, HoldOptions options) =>
        LimitFor(product, options) is not null && owner.Type == HoldOwnerType.Cart && clientAddress is { Length: > 0 and <= MaxAddressLength } ? clientAddress : null;

    public static int? LimitFor(Product product, HoldOptions options) =>
        product.PerCustomerLimit is { } limit && options.CustomersPerAddress > 0 ? limit * options.CustomersPerAddress : null;

    /// <summary>Units of the product the usable holds placed from the address hold now.</summary>
    public static int HeldFromAddress(WriteContext w, int productId, string address)
    {
        using var rows = w.Statements.Query(w.Statements.IsPostgreSql ? HeldFromPostgreSql : HeldFrom, productId, address, w.Now);
        rows.Read();
        return rows.GetInt32(0);
    }

    public static void Enforce(WriteContext w, Product product, HoldOwner owner, string? clientAddress, int adding, HoldOptions options)
    {
        if (LimitFor(product, options) is { } limit && AddressFor(product, owner, clientAddress, options) is { } address)
        {
            var held = HeldFromAddress(w, product.Id, address);
            if (held + adding > limit)
            {
                throw Exceeded(product, limit, held);
            }
        }
    }

    public static DomainException Exceeded(Product product, int limit, int held) =>
        new(ErrorCodes.AddressLimitExceeded,
            $"'{product.Name}' may be held at most {limit} at a time from one network, and {held} already is. Buy or remove what is held, or try again later.",
            new Dictionary<string, object?> { ["limit"] = limit, ["heldFromAddress"] = held });
}
