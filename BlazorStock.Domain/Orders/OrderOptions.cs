namespace BlazorStock.Domain.Orders;

/// <summary>Bound from the <c>Orders</c> configuration section.</summary>
public sealed class OrderOptions
{
    public const string Section = "Orders";

    public TimeSpan PaymentWindow { get; set; } = TimeSpan.FromMinutes(15);
}
