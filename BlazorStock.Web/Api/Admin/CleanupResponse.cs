namespace BlazorStock.Web.Api.Admin;

/// <param name="ExpiredHolds">Holds past their expiry that were (or, in a dry run, would be) expired.</param>
/// <param name="ReleasedUnits">Serialized units those holds and cancelled orders gave back to Available.</param>
/// <param name="CancelledOrders">Unpaid orders past their payment deadline that were (would be) cancelled.</param>
public sealed record CleanupResponse(bool DryRun, int ExpiredHolds, int ReleasedUnits, int CancelledOrders);
