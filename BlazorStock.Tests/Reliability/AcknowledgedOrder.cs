namespace BlazorStock.Tests.Reliability;

/// <summary>A checkout the server acknowledged, with the cart's acknowledged holds it took, and what was acknowledged of it since.</summary>
public sealed record AcknowledgedOrder(Guid Id, int Cart, IReadOnlyList<Guid> Holds, bool Paid = false, bool Cancelled = false);
