using Microsoft.Playwright;

namespace BlazorStock.Tests.E2E.Pages;

/// <summary>The admin jobs page.</summary>
public sealed class JobsPage(IPage page)
{
    public async Task GotoAsync()
    {
        await page.GotoAsync("/staff/jobs");
        await StaffLive.WaitAsync(page);
    }

    public ILocator Job(string name) => page.Locator($"#jobs-table tr[data-job='{name}']");

    public Task TriggerNowAsync(string name) => Job(name).GetByRole(AriaRole.Button, new() { Name = "Trigger now" }).ClickAsync();

    public ILocator LastOutcome(string name) => Job(name).Locator("td").Nth(4).Locator(".badge");

    public ILocator Runs => page.GetByRole(AriaRole.Table, new() { Name = "Run history" }).Locator("tbody tr");

    public ILocator Message => page.Locator("#jobs-table [role=status]");
}
