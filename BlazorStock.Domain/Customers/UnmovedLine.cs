namespace BlazorStock.Domain.Customers;

/// <summary>A line of an anonymous cart that stayed there when its shopper signed in, and why.</summary>
public sealed record UnmovedLine(int ProductId, string ProductName, int Quantity, string Reason);
