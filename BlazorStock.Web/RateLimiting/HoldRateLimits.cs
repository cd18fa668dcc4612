using System.Globalization;
using System.Threading.RateLimiting;
using BlazorStock.Web.Carts;
using BlazorStock.Web.Errors;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace BlazorStock.Web.RateLimiting;

/// <summary>
/// Hold creation is limited per cart and per client IP at once. ASP.NET Core's rate limiter takes one
/// policy per endpoint, so both limits are a chained global limiter that only counts endpoints marked
/// with <see cref="HoldCreationLimit"/> (<see cref="RequireHoldRateLimit"/>); every other request passes.
/// </summary>
public static class HoldRateLimits
{
    public static WebApplicationBuilder AddHoldRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().Bind(builder.Configuration.GetSection(RateLimitOptions.Section))
            .Validate(o => o.HoldsPerCartPerMinute >= 0 && o.HoldsPerIpPerMinute >= 0, "RateLimits: limits cannot be negative (0 turns one off).")
            .ValidateOnStart();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, "cart", o => o.HoldsPerCartPerMinute,
                    c => c.RequestServices.GetRequiredService<CartIdentity>().Find(c))),
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, "ip", o => o.HoldsPerIpPerMinute,
                    c => c.Connection.RemoteIpAddress?.ToString() ?? "unknown")));
            options.OnRejected = RejectAsync;
        });
        return builder;
    }

    /// <summary>Counts this endpoint against the hold limits (for any endpoint that creates holds, API or form).</summary>
    public static TBuilder RequireHoldRateLimit<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(HoldCreationLimit.Instance);

    private static RateLimitPartition<string> Partition(HttpContext context, string kind, Func<RateLimitOptions, int> limit, Func<HttpContext, string?> key)
    {
        var permits = limit(context.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitOptions>>().CurrentValue);
        if (permits == 0 || context.GetEndpoint()?.Metadata.GetMetadata<HoldCreationLimit>() is null || key(context) is not { } id)
        {
            return RateLimitPartition.GetNoLimiter("none");
        }

        return RateLimitPartition.GetFixedWindowLimiter($"{kind}:{id}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        var http = rejected.HttpContext;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await ApiProblems.Problem(StatusCodes.Status429TooManyRequests, "rate_limited",
            $"Too many holds created; try again in {seconds} seconds.", new Dictionary<string, object?> { ["retryAfter"] = seconds })
            .ExecuteAsync(http);
    }
}
