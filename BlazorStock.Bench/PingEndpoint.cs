namespace BlazorStock.Bench;

/// <summary>
/// A trivial endpoint added in front of the app's pipeline: what the same server and client manage when
/// the request does no work, the ceiling the hold throughput is compared against.
/// </summary>
public sealed class PingEndpoint : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map("/bench/ping", ping => ping.Run(context => context.Response.WriteAsync("pong")));
        next(app);
    };
}
