using Microsoft.Playwright;

namespace BlazorStock.Tests.E2E.Pages;

public sealed class StaffSignInPage(IPage page)
{
    /// <summary>Signs in from the sign-in page and waits until the back-office page it returns to is interactive.</summary>
    public async Task SignInAsync(string email, string password, string returnUrl = "/staff")
    {
        await page.GotoAsync($"/staff/sign-in?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/staff/sign-in", StringComparison.Ordinal));
        if (returnUrl.StartsWith("/staff", StringComparison.Ordinal))
        {
            await Interactive.WaitAsync(page);
        }
    }
}
