using Microsoft.Playwright;

namespace BlazorStock.Tests.E2E.Pages;

public sealed class ShopperSignInPage(IPage page)
{
    /// <summary>Creates a shopper account from the sign-up page and waits for the storefront page it returns to.</summary>
    public async Task SignUpAsync(string email, string password, string returnUrl = "/")
    {
        await page.GotoAsync($"/account/sign-up?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Repeat the password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-up", StringComparison.Ordinal));
        await Interactive.WaitAsync(page);
    }
}
