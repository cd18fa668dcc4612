namespace BlazorStock.Web.Shoppers.Account;

/// <summary>A shopper account form as posted (sign-in, sign-up, password change, deletion all use a subset).</summary>
public sealed class ShopperForm
{
    public string Email { get; init; } = "";

    public string Password { get; init; } = "";

    public string NewPassword { get; init; } = "";

    public string ConfirmPassword { get; init; } = "";

    public bool RememberMe { get; init; }

    public string? ReturnUrl { get; init; }

    public static async Task<ShopperForm> ReadAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return new ShopperForm();
        }

        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        return new ShopperForm
        {
            Email = form["Email"].ToString().Trim(),
            Password = form["Password"].ToString(),
            NewPassword = form["NewPassword"].ToString(),
            ConfirmPassword = form["ConfirmPassword"].ToString(),
            RememberMe = bool.TryParse(form["RememberMe"].ToString(), out var remember) && remember,
            ReturnUrl = form["ReturnUrl"].ToString(),
        };
    }
}
