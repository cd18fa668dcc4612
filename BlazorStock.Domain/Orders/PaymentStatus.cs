namespace BlazorStock.Domain.Orders;

public enum PaymentStatus
{
    Unpaid,
    Paid,
}
