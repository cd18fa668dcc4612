using BlazorStock.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace BlazorStock.Tests.E2E;

/// <summary>
/// The test app for a real browser. Outside Development the host does not read the build's static web
/// assets manifest, so the pre-compressed (gzip) copies a browser asks for come back empty; wiring the
/// manifest in serves them as in development.
/// </summary>
public sealed class LiveFactory(string? directory = null) : BlazorStockFactory(directory)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseStaticWebAssets();
    }
}
