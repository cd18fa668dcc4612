using System.Net;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Jobs;
using BlazorStock.Tests.Support;

namespace BlazorStock.Tests.Api.Reports;

public sealed class ReportApiTests : IAsyncLifetime
{
    private readonly ApiFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Daily_reports_are_listed_newest_first_with_their_figures_and_page_by_keyset()
    {
        var lamp = await _factory.ProductAsync(10, d => d with { LowStockThreshold = 3 }, name: "Lamp");
        var ids = new List<long>();
        for (var day = 0; day < 3; day++)
        {
            for (var i = 0; i <= day; i++)
            {
                await _factory.RunAsync<HoldService, HoldResult>(h => h.HoldAsync(new HoldRequest(HoldOwner.Cart($"d{day}-{i}"), lamp.Id, 1), CancellationToken.None));
            }

            ids.Add((await _factory.RunAsync<ReportService, DailyReport>(r => r.CreateDailyReportAsync(CancellationToken.None))).Id);
            _factory.Time.Advance(TimeSpan.FromDays(1));
        }

        using var staff = await _factory.StaffClientAsync();

        var first = await ApiAssert.JsonAsync(await staff.GetAsync("/api/reports/daily?limit=2"), HttpStatusCode.OK);
        var items = first.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([ids[2], ids[1]], items.Select(r => r.GetProperty("id").GetInt64()));
        Assert.Equal(3, items[0].GetProperty("holdsCreated").GetInt32());
        var mostHeld = items[0].GetProperty("mostHeld")[0];
        Assert.Equal(("Lamp", 3), (mostHeld.GetProperty("name").GetString(), mostHeld.GetProperty("quantity").GetInt32()));
        Assert.Equal(0, items[0].GetProperty("lowStock").GetArrayLength());
        Assert.True(items[0].GetProperty("to").GetDateTimeOffset() > items[1].GetProperty("to").GetDateTimeOffset());

        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await ApiAssert.JsonAsync(await staff.GetAsync($"/api/reports/daily?limit=2&cursor={cursor}"), HttpStatusCode.OK);
        var last = second.GetProperty("items").EnumerateArray().Single();
        Assert.Equal((ids[0], 1), (last.GetProperty("id").GetInt64(), last.GetProperty("holdsCreated").GetInt32()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task Bad_paging_input_gets_problem_details_and_admins_read_the_list_too()
    {
        using var staff = await _factory.StaffClientAsync();

        await ApiAssert.ProblemAsync(await staff.GetAsync("/api/reports/daily?cursor=not-ours"), HttpStatusCode.BadRequest, "invalid_cursor");
        await ApiAssert.ProblemAsync(await staff.GetAsync("/api/reports/daily?limit=0"), HttpStatusCode.BadRequest, "invalid_limit");
        await ApiAssert.ProblemAsync(await staff.GetAsync("/api/reports/daily?limit=lots"), HttpStatusCode.BadRequest);

        using var admin = await _factory.AdminClientAsync();
        var empty = await ApiAssert.JsonAsync(await admin.GetAsync("/api/reports/daily"), HttpStatusCode.OK);
        Assert.Equal(0, empty.GetProperty("items").GetArrayLength());
    }
}
