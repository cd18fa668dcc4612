namespace BlazorStock.Web.Features.Staff.Stock;

public sealed class ComponentRow
{
    public int? ProductId { get; set; }

    public int? Quantity { get; set; }
}
