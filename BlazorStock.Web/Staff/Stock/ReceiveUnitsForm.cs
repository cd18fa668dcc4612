namespace BlazorStock.Web.Staff.Stock;

/// <summary>Serialized units arriving: one serial number per line.</summary>
public sealed class ReceiveUnitsForm
{
    public int? ProductId { get; set; }

    public int? WarehouseId { get; set; }

    public string? Serials { get; set; }

    public string? Condition { get; set; }

    public string? ReturnUrl { get; set; }

    public IReadOnlyList<string> SerialList() =>
        (Serials ?? "").Split(['\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
