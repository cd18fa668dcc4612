using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Jobs;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Features.Staff.Dashboard;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Staff.Dashboard;

public sealed class DashboardQueriesTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private Product _desk = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        var (main, _) = await _store.WarehousesAsync();
        _desk = await _store.ProductAsync("Desk", (main, 20));
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task The_dashboard_and_the_daily_report_give_the_same_conversion_and_expiry_for_the_same_day()
    {
        await _store.ArrangeMixedDayAsync(_desk);

        var dashboard = await _store.QueryAsync(db => DashboardQueries.LoadAsync(db, _store.Clock.Now, CancellationToken.None));
        var report = await _store.RunAsync(sp => sp.GetRequiredService<ReportService>().CreateDailyReportAsync(CancellationToken.None));

        Assert.Equal(report.Outcomes, dashboard.Stats.Closed24h);
        Assert.Equal((1, 1, 2), (report.HoldsConverted, report.HoldsExpired, report.HoldsReleased));
        Assert.Equal((0.25, 0.25), (dashboard.Stats.Closed24h.ConversionRate, dashboard.Stats.Closed24h.ExpiryRate));
        Assert.Equal(5, report.HoldsCreated);
        Assert.Equal(report.HoldsCreated, dashboard.Stats.Created24h);
    }
}
