using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace BlazorStock.Web.Proxy;

/// <summary>
/// Behind a reverse proxy (several app servers behind nginx, README) every request arrives from the proxy's
/// address, so the per-address hold limits would count all shoppers as one. <c>Proxy:KnownProxies</c> names
/// the proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed; with none named the
/// headers are ignored, so a client cannot pick its own address.
/// </summary>
public static class ProxyRegistration
{
    public const string Section = "Proxy:KnownProxies";

    public static WebApplicationBuilder AddProxySupport(this WebApplicationBuilder builder)
    {
        var proxies = builder.Configuration.GetSection(Section).Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // Replaces the framework's default (loopback trusted): only the proxies configured here.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"{Section} has '{proxy}', which is not an IP address."));
            }
        });
        return builder;
    }

    public static WebApplication UseProxySupport(this WebApplication app)
    {
        if (app.Configuration.GetSection(Section).Get<string[]>() is { Length: > 0 })
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
