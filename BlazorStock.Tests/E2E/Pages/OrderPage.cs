using Microsoft.Playwright;

namespace BlazorStock.Tests.E2E.Pages;

public sealed class OrderPage(IPage page)
{
    public ILocator Status => page.GetByTestId("order-status");

    public ILocator Alert => page.Locator("#order-status").GetByRole(AriaRole.Alert);

    public Task PayAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Pay" }).ClickAsync();

    public Task DeclineAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Simulate a declined card" }).ClickAsync();
}
