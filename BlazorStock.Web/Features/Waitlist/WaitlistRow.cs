using BlazorStock.Domain.Waitlist;

namespace BlazorStock.Web.Features.Waitlist;

/// <summary>One waitlist entry as the back office lists it.</summary>
public sealed record WaitlistRow(
    long Id,
    int ProductId,
    string ProductName,
    string Sku,
    string CartId,
    bool SignedIn,
    int Quantity,
    WaitlistStatus Status,
    DateTimeOffset JoinedAt,
    DateTimeOffset? ClosedAt,
    string? CloseReason,
    Guid? HoldId,
    int HandedQuantity);
