namespace BlazorStock.Web.Api.Security;

/// <param name="HeaderName">Send <paramref name="Token"/> in this header on cookie-authenticated writes.</param>
public sealed record AntiforgeryTokenResponse(string Token, string HeaderName);
