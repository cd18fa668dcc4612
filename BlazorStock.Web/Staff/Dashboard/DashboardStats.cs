namespace BlazorStock.Web.Staff.Dashboard;

/// <param name="ConversionRate">Share of the holds closed in 24 h that became orders; null when none closed.</param>
public sealed record DashboardStats(
    int ActiveHolds,
    int UnitsOnHold,
    int ExpiringSoon,
    int Created24h,
    int Expired24h,
    int Converted24h,
    int Released24h,
    double? ConversionRate,
    int LowStockProducts);
