using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace BlazorStock.Web.Errors;

/// <summary>
/// Malformed JSON, wrong types, missing fields, a wrong content type or an oversized body: minimal APIs
/// throw <see cref="BadHttpRequestException"/> (RouteHandlerOptions.ThrowOnBadRequest is on); this answers
/// it with problem details that say what was wrong instead of a bare 400 or a 500.
/// </summary>
public sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var code = bad.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => "body_too_large",
            StatusCodes.Status415UnsupportedMediaType => "unsupported_media_type",
            _ => "invalid_request",
        };
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = ApiProblems.Title(code),
                Detail = Describe(bad),
                Extensions = { ["code"] = code },
            },
        });
    }

    private static string Describe(BadHttpRequestException bad) => bad.InnerException switch
    {
        JsonException { Path: { } path } json when json.Message.Contains("could not be converted", StringComparison.Ordinal) =>
            $"The request body is not valid: the value at '{path}' has the wrong type or is out of range.",
        JsonException json => $"The request body is not valid JSON for this endpoint: {TypeName().Replace(json.Message, "'$1'")}",
        _ => bad.Message,
    };

    /// <summary>'BlazorStock.Web.Api.Carts.CreateHoldRequest' → 'CreateHoldRequest': the client needs the name, not our namespaces.</summary>
    [GeneratedRegex(@"'(?:[A-Za-z_][A-Za-z0-9_]*\.)+([A-Za-z_][A-Za-z0-9_`]*)'")]
    private static partial Regex TypeName();
}
