namespace BlazorStock.Web.Api.Orders;

/// <summary>The simulated payment's result, chosen by the caller.</summary>
public enum PaymentOutcome
{
    Succeed,
    Decline,
}
