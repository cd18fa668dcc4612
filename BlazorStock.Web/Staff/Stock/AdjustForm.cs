namespace BlazorStock.Web.Staff.Stock;

/// <summary>Receive (positive) or correct (either sign) a count, with the reason the audit log keeps.</summary>
public sealed class AdjustForm
{
    public int? ProductId { get; set; }

    public int? WarehouseId { get; set; }

    public int? Delta { get; set; }

    public string? Reason { get; set; }

    public string? ReturnUrl { get; set; }
}
