namespace BlazorStock.Domain.Holds;

/// <param name="Created">False when an existing hold of the same owner and product grew instead.</param>
public sealed record HoldResult(HoldSnapshot Hold, bool Created);
