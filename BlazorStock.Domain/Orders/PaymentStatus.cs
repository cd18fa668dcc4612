namespace BlazorStock.Domain.Orders;

public enum PaymentStatus
{
    Unpaid,
    Paid,

    /// <summary>A paid order was cancelled: its money goes back, as its stock did.</summary>
    Refunded,
}
