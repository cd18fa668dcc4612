using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace BlazorStock.Tests.Support;

/// <summary>
/// The in-process test server has no network, so every request comes from no address. This puts the address
/// a test names in <see cref="Header"/> on the connection before the app sees the request, as if it came from there.
/// </summary>
public sealed class ClientAddressHeader : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return following(context);
        });
        next(app);
    };
}
