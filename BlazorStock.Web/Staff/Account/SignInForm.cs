namespace BlazorStock.Web.Staff.Account;

/// <summary>The sign-in form as posted (a class: form binding needs every constructor argument, and an unticked checkbox sends none).</summary>
public sealed class SignInForm
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }

    public static SignInForm From(IFormCollection form) => new()
    {
        Email = form["Email"].ToString(),
        Password = form["Password"].ToString(),
        RememberMe = bool.TryParse(form["RememberMe"].ToString(), out var remember) && remember,
        ReturnUrl = form["ReturnUrl"].ToString(),
    };
}
