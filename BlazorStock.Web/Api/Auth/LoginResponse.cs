namespace BlazorStock.Web.Api.Auth;

/// <param name="ExpiresIn">Seconds until <paramref name="AccessToken"/> stops working.</param>
public sealed record LoginResponse(string AccessToken, long ExpiresIn, string TokenType = "Bearer");
