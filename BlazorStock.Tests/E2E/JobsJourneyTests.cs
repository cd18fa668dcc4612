using BlazorStock.Tests.E2E.Pages;
using BlazorStock.Tests.Jobs;
using BlazorStock.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace BlazorStock.Tests.E2E;

/// <summary>An admin runs the cleanup by hand in one browser while a shopper's cart is open in another (issue 5).</summary>
[Collection(BrowserCollection.Name)]
public sealed class JobsJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_admin_triggers_cleanup_sees_the_run_with_its_counts_and_the_shoppers_expired_line_leaves_live()
    {
        var clock = new TestClock(DateTimeOffset.UtcNow);
        await using var app = StaffApp.Start(f =>
        {
            f.Clock = clock;
            f.Settings["Jobs:ExpireHolds:Cron"] = JobHost.Never;
            f.Settings["Jobs:Consistency:Cron"] = JobHost.Never;
            f.Settings["Jobs:DailyReport:Cron"] = JobHost.Never;
        });
        var shopper = await browser.NewShopperAsync(app.BaseUrl);
        var catalog = new CatalogPage(shopper);
        await catalog.GotoAsync();
        await catalog.AddToCartAsync("Meeting Table");
        await Expect(catalog.Outcome("Meeting Table")).ToContainTextAsync("Added 1");
        var cart = new CartPage(shopper);
        await cart.GotoAsync();
        await Expect(cart.Lines).ToHaveCountAsync(1);

        var admin = await browser.NewShopperAsync(app.BaseUrl);
        await new StaffSignInPage(admin).SignInAsync(StaffApp.AdminEmail, StaffApp.AdminPassword, "/staff/jobs");
        var jobs = new JobsPage(admin);
        await jobs.GotoAsync();
        await Expect(jobs.Job("ExpireHolds")).ToContainTextAsync("never");

        clock.Advance(TimeSpan.FromMinutes(16));
        await jobs.TriggerNowAsync("ExpireHolds");

        await Expect(jobs.Message).ToHaveTextAsync("ExpireHolds triggered.");
        await Expect(jobs.LastOutcome("ExpireHolds")).ToHaveTextAsync("Succeeded");
        await Expect(jobs.Runs.First).ToContainTextAsync("released 1 expired hold(s)");
        await Expect(jobs.Runs.First.Locator("td").Nth(5)).ToHaveTextAsync("1");
        await Expect(cart.Lines).ToHaveCountAsync(0);
        await Expect(cart.EndedNotice).ToContainTextAsync("Meeting Table");
        await admin.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder.Create(), "jobs.png"), FullPage = true });
    }
}
