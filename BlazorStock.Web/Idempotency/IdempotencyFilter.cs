using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Carts;
using BlazorStock.Web.Errors;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace BlazorStock.Web.Idempotency;

/// <summary>
/// Runs an <see cref="IdempotentEndpoint"/> at most once per Idempotency-Key: the first request claims the
/// key and its response (any status below 500) is stored; a repeat with the same request gets that response
/// again, one with a different request 422, one while the first still runs 409. A 5xx or an exception frees
/// the key, since nothing was committed that a retry could duplicate.
/// </summary>
public sealed class IdempotencyFilter(IReadOnlyList<int> requestArguments)
{
    /// <summary>
    /// Builds the filter for one handler, knowing from its signature which arguments are the request
    /// (route values, query, body) and which are services, whose runtime values must not be hashed.
    /// </summary>
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext factory, EndpointFilterDelegate next)
    {
        var isService = factory.ApplicationServices.GetRequiredService<IServiceProviderIsService>();
        var requestArguments = factory.MethodInfo.GetParameters()
            .Where(p => p.ParameterType != typeof(HttpContext) && p.ParameterType != typeof(CancellationToken) && !isService.IsService(p.ParameterType))
            .Select(p => p.Position)
            .ToList();
        var filter = new IdempotencyFilter(requestArguments);
        return invocation => filter.InvokeAsync(invocation, next);
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[IdempotencyOptions.Header].ToString();
        if (http.GetEndpoint()?.Metadata.GetMetadata<IdempotentEndpoint>() is not { } endpoint || key.Length == 0)
        {
            return await next(context);
        }

        if (key.Length > IdempotencyOptions.MaxKeyLength || key.Any(c => c < 0x21 || c > 0x7E))
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "invalid_idempotency_key",
                $"An Idempotency-Key is 1 to {IdempotencyOptions.MaxKeyLength} printable ASCII characters without spaces.");
        }

        if (Scope(http, endpoint.Scope) is not { } scope)
        {
            // No cart or user: the endpoint itself answers 401, and nothing runs that a key would protect.
            return await next(context);
        }

        var store = http.RequestServices.GetRequiredService<IdempotencyStore>();
        var claim = await store.ClaimAsync(scope, key, Hash(context), http.RequestAborted);
        switch (claim.Outcome)
        {
            case IdempotencyOutcome.Replay:
                return new StoredResponse(claim.Stored!);
            case IdempotencyOutcome.InFlight:
                return ApiProblems.Problem(StatusCodes.Status409Conflict, "idempotency_in_flight",
                    "A request with this Idempotency-Key is still being processed; retry shortly to get its response.");
            case IdempotencyOutcome.DifferentRequest:
                return ApiProblems.Problem(StatusCodes.Status422UnprocessableEntity, "idempotency_key_reused",
                    "This Idempotency-Key was already used with a different request; use a new key for a new request.");
        }

        try
        {
            var result = await next(context);
            if (result is not IResult httpResult)
            {
                throw new InvalidOperationException("Idempotent endpoints must return an IResult.");
            }

            var (status, contentType, location, body) = await ExecuteBufferedAsync(httpResult, http);
            if (status >= 500)
            {
                await store.ReleaseAsync(scope, key, claim.ClaimId, CancellationToken.None);
                return Results.Empty;
            }

            try
            {
                // Not the request's token: once the work is done its answer must be kept even if the client left.
                await store.CompleteAsync(scope, key, claim.ClaimId, status, contentType, location, body, CancellationToken.None);
            }
            catch (Exception ex) when (WriteRefusals.IsStorageFull(ex))
            {
                // The work committed and its answer is sent. Freeing the key would let a retry do it twice; kept
                // in flight, a retry is told to wait (409) until the in-flight timeout (issue 19).
                http.RequestServices.GetRequiredService<ILogger<IdempotencyFilter>>()
                    .LogWarning("The answer to Idempotency-Key {Key} could not be stored: the storage is full", key);
            }

            return Results.Empty;
        }
        catch
        {
            await store.ReleaseAsync(scope, key, claim.ClaimId, CancellationToken.None);
            throw;
        }
    }

    private static string? Scope(HttpContext http, IdempotencyScope scope) => scope switch
    {
        IdempotencyScope.Cart => http.RequestServices.GetRequiredService<CartIdentity>().Find(http) is { } cartId ? $"cart:{cartId}" : null,
        _ => http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId ? $"user:{userId}" : null,
    };

    /// <summary>The method, path and the request's bound arguments: the same request twice hashes the same.</summary>
    private string Hash(EndpointFilterInvocationContext context)
    {
        var http = context.HttpContext;
        var json = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var text = new StringBuilder().Append(http.Request.Method).Append(' ').Append(http.Request.Path.Value).Append('\n');
        foreach (var argument in requestArguments.Select(i => context.Arguments[i]))
        {
            text.Append(argument is null ? "null" : JsonSerializer.Serialize(argument, argument.GetType(), json)).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static async Task<(int Status, string? ContentType, string? Location, byte[] Body)> ExecuteBufferedAsync(IResult result, HttpContext http)
    {
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await result.ExecuteAsync(http);
            await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
        }
        finally
        {
            http.Response.Body = original;
        }

        var body = buffer.ToArray();
        await original.WriteAsync(body, http.RequestAborted);
        var location = http.Response.Headers.Location.ToString();
        return (http.Response.StatusCode, http.Response.ContentType, location.Length == 0 ? null : location, body);
    }
}
