namespace BlazorStock.Domain.Customers;

/// <summary>What signing in did to the anonymous cart: lines moved (or merged) into the account's cart, and lines that could not move.</summary>
public sealed record CartMergeResult(int Moved, IReadOnlyList<UnmovedLine> NotMoved);
