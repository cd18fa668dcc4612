namespace BlazorStock.Web.Features.Staff.Orders;

public sealed class NewOrderLine
{
    public int? ProductId { get; set; }

    public int? Quantity { get; set; }
}
