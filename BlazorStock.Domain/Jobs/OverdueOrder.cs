namespace BlazorStock.Domain.Jobs;

/// <summary>An unpaid order past its payment deadline, which the next cleanup will cancel, releasing its holds.</summary>
public sealed record OverdueOrder(Guid Id, string Customer, DateTimeOffset PaymentDueAt, decimal Total, int ActiveHolds, int Units);
