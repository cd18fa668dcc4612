using System.Globalization;
using BlazorStock.Domain;
using BlazorStock.Domain.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace BlazorStock.Web.Errors;

/// <summary>
/// A full database, or one that cannot be reached, met outside the write path (a read, an idempotency key, a
/// staff sign-in's lockout count): the same 503 with <c>Retry-After</c> that the writer gives, not a 500 (issue 19).
/// </summary>
public sealed class StorageUnavailableExceptionHandler(IProblemDetailsService problems, ILogger<StorageUnavailableExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (refusal, why) = WriteRefusals.IsStorageFull(exception) ? (WriteRefusals.StorageFull(), "the storage is full")
            : WriteRefusals.IsUnreachable(exception) ? (WriteRefusals.Unreachable(), "the database cannot be reached")
            : (null, null);
        if (refusal is null)
        {
            return false;
        }

        logger.LogWarning("{Method} {Path} refused: {Why}", httpContext.Request.Method, httpContext.Request.Path, why);
        var seconds = (int)refusal.Details[WriteRefusals.RetryAfter]!;
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = ApiProblems.Title(refusal.Code),
                Detail = refusal.Message,
                Extensions = { ["code"] = refusal.Code, [WriteRefusals.RetryAfter] = seconds },
            },
        });
    }
}
