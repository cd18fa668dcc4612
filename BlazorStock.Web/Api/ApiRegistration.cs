using System.Text.Json.Serialization;
using BlazorStock.Web.Api.Admin;
using BlazorStock.Web.Api.Analytics;
using BlazorStock.Web.Api.Audit;
using BlazorStock.Web.Api.Auth;
using BlazorStock.Web.Api.Carts;
using BlazorStock.Web.Api.Dashboard;
using BlazorStock.Web.Api.History;
using BlazorStock.Web.Api.Items;
using BlazorStock.Web.Api.Jobs;
using BlazorStock.Web.Api.OpenApi;
using BlazorStock.Web.Api.Orders;
using BlazorStock.Web.Api.Products;
using BlazorStock.Web.Api.Reports;
using BlazorStock.Web.Api.Security;
using BlazorStock.Web.Api.Shoppers;
using BlazorStock.Web.Api.Stock;
using BlazorStock.Web.Api.Waitlist;
using BlazorStock.Web.Errors;
using BlazorStock.Web.Idempotency;
using BlazorStock.Web.RateLimiting;
using Microsoft.AspNetCore.Http.Json;

namespace BlazorStock.Web.Api;

/// <summary>The REST API (issue 6): JSON rules, OpenAPI, idempotency keys, hold rate limits, and the /api endpoints.</summary>
public static class ApiRegistration
{
    public static WebApplicationBuilder AddApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ApiOptions>().Bind(builder.Configuration.GetSection(ApiOptions.Section));
        services.AddOptions<IdempotencyOptions>().Bind(builder.Configuration.GetSection(IdempotencyOptions.Section));
        services.ConfigureHttpJsonOptions(options =>
        {
            // Strict input: "2" is not a number, 1 is not an enum name, a missing or null required field is an error.
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            options.SerializerOptions.RespectNullableAnnotations = true;
            options.SerializerOptions.RespectRequiredConstructorParameters = true;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        });

        // Binding failures throw so BadRequestExceptionHandler can say what was wrong (the default is a bare 400).
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<StorageUnavailableExceptionHandler>();
        services.AddSingleton<IProblemDetailsWriter, ApiProblemWriter>();
        services.Configure<ProblemDetailsOptions>(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions.TryAdd("code", DefaultCode(context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode));
            context.ProblemDetails.Extensions["requestId"] = context.HttpContext.TraceIdentifier;
        });

        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<SecuritySchemesTransformer>();
            options.AddOperationTransformer<SecuritySchemesTransformer>();
        });
        services.AddScoped<IdempotencyStore>();
        services.AddHostedService<IdempotencyPruner>();
        builder.AddHoldRateLimits();
        return builder;
    }

    /// <summary>Middleware the API needs, in order: after authentication, before authorization and endpoints.</summary>
    public static IApplicationBuilder UseApiBodyLimit(this IApplicationBuilder app) =>
        app.UseWhen(IsApi, api => api.UseMiddleware<BodySizeLimitMiddleware>());

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public static WebApplication MapApi(this WebApplication app)
    {
        app.MapOpenApi();

        // Filter order matters: antiforgery refuses before a key is claimed, and the idempotency filter
        // sits outside the domain-problem filter so refusals are stored and replayed like successes.
        var api = app.MapGroup("/api")
            .AddEndpointFilter<CookieAntiforgeryFilter>()
            .AddEndpointFilterFactory(IdempotencyFilter.Create)
            .AddEndpointFilter<DomainProblemFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        api.MapAuthEndpoints();
        api.MapAntiforgeryEndpoints();
        api.MapCartEndpoints();
        api.MapShopperEndpoints();
        api.MapWaitlistEndpoints();
        api.MapProductEndpoints();
        api.MapStockEndpoints();
        api.MapOrderEndpoints();
        api.MapAdminEndpoints();
        api.MapAuditEndpoints();
        api.MapItemEndpoints();
        api.MapReportEndpoints();
        api.MapStaffHoldEndpoints();
        api.MapDashboardEndpoints();
        api.MapStockOverviewEndpoints();
        api.MapProductImageEndpoints();
        api.MapItemReceiptEndpoints();
        api.MapTimelineEndpoints();
        api.MapAnalyticsEndpoints();
        api.MapJobEndpoints();
        return app;
    }

    private static string DefaultCode(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "invalid_request",
        StatusCodes.Status401Unauthorized => "unauthenticated",
        StatusCodes.Status403Forbidden => "forbidden",
        StatusCodes.Status404NotFound => "not_found",
        StatusCodes.Status405MethodNotAllowed => "method_not_allowed",
        StatusCodes.Status415UnsupportedMediaType => "unsupported_media_type",
        StatusCodes.Status429TooManyRequests => "rate_limited",
        _ => status >= 500 ? "server_error" : "error",
    };
}
