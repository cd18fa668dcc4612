namespace BlazorStock.Web.Api.Orders;

public sealed record AvailabilityResponse(bool Available, IReadOnlyList<LineAvailabilityResponse> Lines);
