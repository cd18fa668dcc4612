using System.Globalization;
using BlazorStock.Domain;
using BlazorStock.Domain.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace BlazorStock.Web.Errors;

/// <summary>
/// A full database met outside the write path (an idempotency key, a staff sign-in's lockout count): the same
/// 503 <c>storage_full</c> with <c>Retry-After</c> that the writer gives, not a 500 (issue 19).
/// </summary>
public sealed class StorageFullExceptionHandler(IProblemDetailsService problems, ILogger<StorageFullExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!WriteRefusals.IsStorageFull(exception))
        {
            return false;
        }

        logger.LogWarning("{Method} {Path} refused: the storage is full", httpContext.Request.Method, httpContext.Request.Path);
        var refusal = WriteRefusals.StorageFull();
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
                Title = ApiProblems.Title(ErrorCodes.StorageFull),
                Detail = refusal.Message,
                Extensions = { ["code"] = ErrorCodes.StorageFull, [WriteRefusals.RetryAfter] = seconds },
            },
        });
    }
}
