namespace BlazorStock.Web.Api.Orders;

/// <param name="Available">Whether the part of the order not yet held could be held now.</param>
public sealed record OrderAvailabilityResponse(Guid OrderId, bool Available, IReadOnlyList<LineAvailabilityResponse> Lines);
