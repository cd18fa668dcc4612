namespace BlazorStock.Web.Staff.Stock;

public sealed class ComponentRow
{
    public int? ProductId { get; set; }

    public int? Quantity { get; set; }
}
