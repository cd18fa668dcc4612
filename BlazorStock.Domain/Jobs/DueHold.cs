using BlazorStock.Domain.Holds;

namespace BlazorStock.Domain.Jobs;

/// <summary>An active hold past its expiry, which the next cleanup will release.</summary>
/// <param name="Units">Serialized units among its allocations.</param>
public sealed record DueHold(Guid Id, HoldOwnerType OwnerType, string OwnerId, int ProductId, string ProductName, int Quantity, DateTimeOffset ExpiresAt, int Units);
