namespace BlazorStock.Web.Staff.Orders;

/// <summary>A staff order as posted: fixed line rows, empty ones ignored.</summary>
public sealed class NewOrderForm
{
    public string? Customer { get; set; }

    public bool Reserve { get; set; }

    public List<NewOrderLine> Lines { get; set; } = [];

    public List<BlazorStock.Domain.Orders.OrderLineRequest> Requested() =>
        Lines.Where(l => l.ProductId is > 0 && l.Quantity is > 0).Select(l => new BlazorStock.Domain.Orders.OrderLineRequest(l.ProductId!.Value, l.Quantity!.Value)).ToList();
}
