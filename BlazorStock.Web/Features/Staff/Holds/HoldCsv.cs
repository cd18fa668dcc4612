using System.Globalization;
using System.Text;
using BlazorStock.Web.Api.Admin;

namespace BlazorStock.Web.Features.Staff.Holds;

/// <summary>Holds as CSV (RFC 4180). Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.</summary>
public static class HoldCsv
{
    public const string Header = "id,created_at,product_id,sku,product,quantity,status,owner_type,owner_id,warehouses,expires_at,extensions_left,closed_at,close_reason";

    public static string Line(HoldRow hold, IReadOnlyDictionary<int, string> warehouseCodes) =>
        string.Join(',',
            hold.Id.ToString(),
            Instant(hold.CreatedAt),
            hold.ProductId.ToString(CultureInfo.InvariantCulture),
            Cell(hold.Sku),
            Cell(hold.ProductName),
            hold.Quantity.ToString(CultureInfo.InvariantCulture),
            hold.Status.ToString(),
            hold.OwnerType.ToString(),
            Cell(hold.OwnerId),
            Cell(string.Join(' ', hold.WarehouseIds.Select(id => warehouseCodes.GetValueOrDefault(id, id.ToString(CultureInfo.InvariantCulture))))),
            Instant(hold.ExpiresAt),
            hold.ExtensionsLeft.ToString(CultureInfo.InvariantCulture),
            Instant(hold.ClosedAt),
            Cell(hold.CloseReason));

    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    private static string Instant(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";

    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
