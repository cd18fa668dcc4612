using System.Text.Json;
using Bunit;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Components.Pages.Staff.Dashboard;
using BlazorStock.Web.Staff.Dashboard;

namespace BlazorStock.Tests.Staff.Dashboard;

public sealed class DashboardWidgetTests : ComponentTestContext
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Stock_table_flags_low_and_sold_out_products_by_their_total_over_warehouses()
    {
        var rows = new List<StockRow>
        {
            new(1, "DESK", "Walnut Desk", 1, "MAIN", 8, 2, 6, 9, 5),
            new(1, "DESK", "Walnut Desk", 2, "EAST", 4, 1, 3, 9, 5),
            new(2, "DROP", "Sneaker", 1, "MAIN", 5, 3, 2, 2, 2),
            new(3, "LAMP", "Desk Lamp", 1, "MAIN", 4, 4, 0, 0, 5),
        };

        var cut = Render<StockTable>(p => p.Add(t => t.Rows, rows));

        var flags = cut.FindAll("[data-testid=stock-flag]").Select(f => f.TextContent).ToList();
        Assert.Equal(["OK", "OK", "Low stock", "Sold out"], flags);
        var east = cut.Find("tr[data-warehouse=EAST]");
        Assert.Equal("3", east.QuerySelector("[data-testid=available]")!.TextContent);
    }

    [Fact]
    public void Stat_card_shows_label_value_hint_and_a_tone_for_values_that_need_attention()
    {
        var cut = Render<StatCard>(p => p.Add(c => c.Key, "expiring-soon").Add(c => c.Label, "Expiring in 5 min").Add(c => c.Value, "3").Add(c => c.Hint, "soon").Add(c => c.Tone, "warning"));

        var value = cut.Find("[data-testid=stat-expiring-soon] .stat-value");
        Assert.Equal("3", value.TextContent);
        Assert.Contains("text-warning-emphasis", value.ClassList);
        Assert.Contains("soon", cut.Markup);
    }

    [Fact]
    public void Hourly_chart_carries_the_chartjs_config_and_an_accessible_table_of_the_same_counts()
    {
        var hours = Enumerable.Range(0, 24).Select(i => Now.AddHours(i - 23)).ToList();
        var created = Enumerable.Range(0, 24).Select(i => i == 23 ? 7 : 0).ToList();
        var expired = Enumerable.Range(0, 24).Select(i => i == 22 ? 2 : 0).ToList();
        var converted = Enumerable.Range(0, 24).Select(_ => 0).ToList();

        var cut = Render<HourlyChart>(p => p.Add(c => c.Counts, new HourlyCounts(hours, created, expired, converted)));

        var config = JsonDocument.Parse(cut.Find("canvas").GetAttribute("data-chart")!).RootElement;
        Assert.Equal("line", config.GetProperty("type").GetString());
        var datasets = config.GetProperty("data").GetProperty("datasets");
        Assert.Equal(["Created", "Expired", "Converted"], datasets.EnumerateArray().Select(d => d.GetProperty("label").GetString()!).ToArray());
        Assert.Equal(7, datasets[0].GetProperty("data")[23].GetInt32());
        Assert.Equal(24, config.GetProperty("data").GetProperty("labels").GetArrayLength());
        var rows = cut.FindAll("[data-testid=hourly-table] tbody tr");
        Assert.Equal(24, rows.Count);
        Assert.Equal(["12:00", "7", "0", "0"], rows[23].QuerySelectorAll("td").Select(td => td.TextContent).ToArray());
        Assert.Equal(["11:00", "0", "2", "0"], rows[22].QuerySelectorAll("td").Select(td => td.TextContent).ToArray());
    }

    [Fact]
    public void Live_dashboard_reloads_on_hold_order_and_stock_pushes_and_shows_every_number()
    {
        var stats = new DashboardStats(4, 9, 1, 12, 3, 5, 2, 0.5, 2);
        var hours = Enumerable.Range(0, 24).Select(i => Now.AddHours(i - 23)).ToList();
        var zeros = Enumerable.Repeat(0, 24).ToList();
        var view = new DashboardView(Now, stats, new HourlyCounts(hours, zeros, zeros, zeros), []);

        var cut = Render<DashboardLive>(p => p.Add(d => d.View, view));

        var trigger = cut.Find("#dashboard-live").GetAttribute("hx-trigger")!;
        Assert.Contains("staff:holds from:body", trigger);
        Assert.Contains("staff:stock from:body", trigger);
        Assert.Contains("staff:orders from:body", trigger);
        string Stat(string key) => cut.Find($"[data-testid=stat-{key}] .stat-value").TextContent;
        Assert.Equal(("4", "9", "1", "12", "3", "5", "50%", "2"),
            (Stat("active-holds"), Stat("units-on-hold"), Stat("expiring-soon"), Stat("created-24h"), Stat("expired-24h"), Stat("converted-24h"), Stat("conversion-rate"), Stat("low-stock")));
    }
}
