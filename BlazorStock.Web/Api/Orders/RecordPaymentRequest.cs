namespace BlazorStock.Web.Api.Orders;

/// <param name="Reference">What the payment came under: an invoice or transfer number (1–100 characters).</param>
public sealed record RecordPaymentRequest(string Reference);
