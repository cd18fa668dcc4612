using BlazorStock.Web.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace BlazorStock.Web.Api.Security;

/// <summary>
/// API bodies are small JSON documents; anything past <see cref="ApiOptions.MaxRequestBodyBytes"/>, or the limit an
/// endpoint that takes more declares (<see cref="IRequestSizeLimitMetadata"/>: a product picture), is refused with
/// 413 before it is read (Content-Length) or while it is read (the server's body limit).
/// </summary>
public sealed class BodySizeLimitMiddleware(RequestDelegate next, IOptions<ApiOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? options.Value.MaxRequestBodyBytes;
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
