using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BlazorStock.Web.Api.Security;

public static class AntiforgeryApi
{
    public static IEndpointRouteBuilder MapAntiforgeryEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/antiforgery", GetToken)
            .WithName("GetAntiforgeryToken")
            .WithSummary("An antiforgery token (and its cookie) for browser code that calls the API with the staff or cart cookie.")
            .WithTags("Security");
        return api;
    }

    public static Ok<AntiforgeryTokenResponse> GetToken(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return TypedResults.Ok(new AntiforgeryTokenResponse(tokens.RequestToken!, tokens.HeaderName!));
    }
}
