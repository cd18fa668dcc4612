using BlazorStock.Web.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace BlazorStock.Web.Api.Security;

/// <summary>
/// API bodies are small JSON documents; anything past <see cref="ApiOptions.MaxRequestBodyBytes"/> is
/// refused with 413 before it is read (Content-Length) or while it is read (the server's body limit).
/// </summary>
public sealed class BodySizeLimitMiddleware(RequestDelegate next, IOptions<ApiOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            return ApiProblems.Problem(StatusCodes.Status413PayloadTooLarge, "body_too_large", $"The request body is larger than {limit} bytes.")
                .ExecuteAsync(context);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        return next(context);
    }
}
