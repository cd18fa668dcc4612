using BlazorStock.Tests.E2E.Pages;
using BlazorStock.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorStock.Tests.E2E;

[Collection(BrowserCollection.Name)]
public sealed class JobsJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_admin_triggers_the_cleanup_from_hangfires_dashboard_the_lapsed_line_leaves_the_open_cart_and_the_run_shows_on_the_jobs_page()
    {
        var clock = new TestClock(DateTimeOffset.UtcNow);
        await using var app = StaffApp.Start(f =>
        {
            f.Clock = clock;
            // Only the admin's trigger runs the cleanup here, and the shopper's page leaves the expiry to it.
            f.Settings["Jobs:ExpireHolds:Cron"] = "0 0 31 2 *";
        });
        var shopper = await browser.NewShopperAsync(app.BaseUrl);
        var catalog = new CatalogPage(shopper);
        await catalog.GotoAsync();
        await catalog.AddToCartAsync("Desk Lamp");
        var cart = new CartPage(shopper);
        await cart.GotoAsync();
        await Expect(cart.Lines).ToHaveCountAsync(1);
        clock.Advance(TimeSpan.FromMinutes(16));

        var admin = await browser.NewShopperAsync(app.BaseUrl);
        await new StaffSignInPage(admin).SignInAsync(StaffApp.AdminEmail, StaffApp.AdminPassword, "/hangfire/recurring");
        await Expect(admin).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("BlazorStock jobs"));
        await admin.Locator("input.js-jobs-list-checkbox[value='expire-holds']").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Trigger now" }).ClickAsync();

        await Expect(cart.Lines).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await Expect(cart.EndedNotice).ToContainTextAsync("Desk Lamp");
        await Expect(cart.EndedNotice).ToContainTextAsync("your hold expired");

        await Interactive.GotoAsync(admin, "/staff/jobs?job=expire-holds");
        var run = admin.Locator("[data-testid=runs] tbody tr").Filter(new() { HasText = "expire-holds" }).First;
        await Expect(run).ToContainTextAsync("Succeeded");
        await Expect(run).ToContainTextAsync("released 1 expired hold");
        await Expect(run).ToContainTextAsync(StaffApp.AdminEmail);
    }
}
