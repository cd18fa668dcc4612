namespace BlazorStock.Domain.Orders;

public sealed class OrderLine
{
    private OrderLine()
    {
    }

    internal OrderLine(int productId, string sku, string productName, int quantity, decimal unitPrice)
    {
        ProductId = productId;
        Sku = sku;
        ProductName = productName;
        Quantity = quantity;
        UnitPrice = unitPrice;
    }

    public long Id { get; private set; }

    public Guid OrderId { get; private set; }

    public int ProductId { get; private set; }

    public string Sku { get; private set; } = "";

    public string ProductName { get; private set; } = "";

    public int Quantity { get; private set; }

    public decimal UnitPrice { get; private set; }

    public decimal LineTotal => UnitPrice * Quantity;
}
