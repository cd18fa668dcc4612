namespace BlazorStock.Web.Api.Orders;

public sealed record PayRequest(PaymentOutcome Outcome);
