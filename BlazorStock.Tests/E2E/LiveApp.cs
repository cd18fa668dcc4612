using BlazorStock.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.E2E;

/// <summary>The app on a real loopback port (Kestrel), so a browser can load it and hold a WebSocket open.</summary>
public sealed class LiveApp : IAsyncDisposable
{
    private LiveApp(BlazorStockFactory factory, string baseUrl)
    {
        Factory = factory;
        BaseUrl = baseUrl;
    }

    public BlazorStockFactory Factory { get; }

    public string BaseUrl { get; }

    public IServiceProvider Services => Factory.Services;

    public static LiveApp Start(Action<BlazorStockFactory>? configure = null)
    {
        var factory = new LiveFactory();
        configure?.Invoke(factory);
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LiveApp(factory, address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
