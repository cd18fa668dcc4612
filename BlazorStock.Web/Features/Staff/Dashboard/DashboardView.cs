namespace BlazorStock.Web.Features.Staff.Dashboard;

public sealed record DashboardView(DateTimeOffset Now, DashboardStats Stats, HourlyCounts Hourly, IReadOnlyList<StockRow> Stock);
