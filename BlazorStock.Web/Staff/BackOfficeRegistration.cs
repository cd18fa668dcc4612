using BlazorStock.Web.Live;
using BlazorStock.Web.Staff.Account;
using BlazorStock.Web.Staff.Consistency;
using BlazorStock.Web.Staff.Dashboard;
using BlazorStock.Web.Staff.Holds;
using BlazorStock.Web.Staff.Orders;
using BlazorStock.Web.Staff.Stock;

namespace BlazorStock.Web.Staff;

/// <summary>
/// The back office (issue 4): pages under /staff (Razor components, each needing the Warehouse policy), the
/// endpoints their htmx fragments and forms call, and the staff share of live pushes.
/// </summary>
public static class BackOfficeRegistration
{
    public static WebApplicationBuilder AddBackOffice(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<StaffPushes>();
        return builder;
    }

    public static WebApplication MapBackOffice(this WebApplication app)
    {
        app.MapAccountEndpoints();
        var staff = app.MapGroup("/staff").RequireAuthorization(StaffPolicies.Warehouse).RequireStaffAntiforgery();
        staff.MapDashboardPageEndpoints();
        staff.MapHoldPageEndpoints();
        staff.MapOrderPageEndpoints();
        staff.MapStockPageEndpoints();
        staff.MapConsistencyPageEndpoints();
        return app;
    }
}
