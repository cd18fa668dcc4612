namespace BlazorStock.Web.Api.Shoppers;

public sealed record SignUpRequest(string Email, string Password);
