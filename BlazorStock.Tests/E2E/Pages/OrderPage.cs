using Microsoft.Playwright;

namespace BlazorStock.Tests.E2E.Pages;

public sealed class OrderPage(IPage page)
{
    public ILocator Status => page.Locator("[data-testid=order-status]");

    public ILocator Alert => page.Locator("[data-testid=order] [role=alert]");

    public Task PayAsync() => page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Pay ") }).ClickAsync();

    public Task DeclineAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Simulate a declined card" }).ClickAsync();
}
