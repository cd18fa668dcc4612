using BlazorStock.Domain.Holds;

namespace BlazorStock.Web.Features.Staff.Dashboard;

/// <param name="Closed24h">How the holds closed in the last 24 h ended, with the conversion and expiry rates the daily report uses.</param>
public sealed record DashboardStats(
    int ActiveHolds,
    int UnitsOnHold,
    int ExpiringSoon,
    int Created24h,
    HoldOutcomes Closed24h,
    int LowStockProducts);
