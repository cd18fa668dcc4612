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

    public int Port => new Uri(BaseUrl).Port;

    /// <param name="port">0 for any free port; a port an app just gave up, to restart on the same address.</param>
    /// <param name="directory">The database and keys to run on, kept after the app stops; by default a fresh folder, deleted.</param>
    public static LiveApp Start(Action<BlazorStockFactory>? configure = null, int port = 0, string? directory = null)
    {
        var factory = new LiveFactory(directory);
        configure?.Invoke(factory);
        factory.UseKestrel(port);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LiveApp(factory, address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
