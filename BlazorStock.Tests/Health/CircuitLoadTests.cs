using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using BlazorStock.Bench.Circuits;
using BlazorStock.Tests.E2E;
using BlazorStock.Tests.Support;

namespace BlazorStock.Tests.Health;

/// <summary>Circuits opened by real circuit clients (the bench's headless client) show on /health and the dashboard.</summary>
public sealed class CircuitLoadTests
{
    [Fact]
    public async Task Health_and_the_dashboard_count_circuits_in_memory_and_connected()
    {
        await using var app = StaffApp.Start();
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = new Uri(app.BaseUrl) };
        var catalog = new Uri(new Uri(app.BaseUrl), "/");
        var closing = await CircuitConnection.OpenAsync(http, catalog, new BrowserCookies(), (_, _, _) => { }, CancellationToken.None);
        var dropping = await CircuitConnection.OpenAsync(http, catalog, new BrowserCookies(), (_, _, _) => { }, CancellationToken.None);

        await WaitForAsync(http, active: 2, connected: 2);
        using var dashboard = new HttpRequestMessage(HttpMethod.Get, "/staff");
        dashboard.Headers.Add("Cookie", await StaffCookie.ForAsync(app.Services, StaffApp.StaffEmail));
        var html = await (await http.SendAsync(dashboard)).Content.ReadAsStringAsync();
        var card = Regex.Match(html, @"aria-label=""Open circuits""[\s\S]*?data-testid=""stat-value""[^>]*>([^<]+)<[\s\S]*?(\d+) connected");
        Assert.True(card.Success, "the dashboard has no Open circuits card");
        Assert.Equal(("2", "2"), (card.Groups[1].Value.Trim(), card.Groups[2].Value));

        // A closed tab's beacon ends its circuit; a dropped connection's circuit is kept for a reconnect.
        await closing.CloseAsync(http);
        await dropping.DisposeAsync();
        await WaitForAsync(http, active: 1, connected: 0);
    }

    private static async Task WaitForAsync(HttpClient http, long active, long connected)
    {
        var clock = Stopwatch.StartNew();
        JsonElement data;
        do
        {
            var health = JsonDocument.Parse(await http.GetStringAsync("/health")).RootElement;
            data = health.GetProperty("checks").GetProperty("circuits").GetProperty("data");
            if (data.GetProperty("active").GetInt64() == active && data.GetProperty("connected").GetInt64() == connected)
            {
                return;
            }

            await Task.Delay(100);
        }
        while (clock.Elapsed < TimeSpan.FromSeconds(15));

        Assert.Fail($"/health reported {data} instead of {active} active and {connected} connected");
    }
}
