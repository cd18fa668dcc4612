using BlazorStock.Domain.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BlazorStock.Bench;

/// <summary>The real web app on a loopback port with a temporary database, sized for load.</summary>
public sealed class BenchServer : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"blazorstock-bench-{Guid.NewGuid():N}");
    private readonly bool _groupCommit;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly Action<IServiceCollection> _services;

    private BenchServer(bool groupCommit, IReadOnlyDictionary<string, string> settings, Action<IServiceCollection> services)
    {
        _groupCommit = groupCommit;
        _settings = settings;
        _services = services;
    }

    public BenchClock Clock { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    /// <param name="services">More services for this server (the <c>--serve</c> mode's endpoints).</param>
    public static BenchServer Start(bool groupCommit, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    {
        var server = new BenchServer(groupCommit, settings ?? new Dictionary<string, string>(), services ?? (_ => { }));
        server.UseKestrel(0);
        server.StartServer();
        var address = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1"));
        return server;
    }

    public HttpClient CreateLoadClient(int connections) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task<T> QueryAsync<T>(Func<StockDbContext, Task<T>> query) =>
        await WithScopeAsync(sp => query(sp.GetRequiredService<StockDbContext>()));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_directory);
        builder.UseEnvironment("Benchmark");
        builder.UseUrls("http://127.0.0.1:0");
        // Outside Development the host does not read the build's static web assets manifest; a real browser
        // beside the headless circuits (circuits-push) needs blazor.web.js and MudBlazor's files.
        builder.UseStaticWebAssets();
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:BlazorStock"] = $"Data Source={Path.Combine(_directory, "bench.db")}",
            ["DataProtection:KeysPath"] = Path.Combine(_directory, "keys"),
            ["Seed:DemoData"] = "false",
            ["Persistence:GroupCommit"] = _groupCommit.ToString(),
            ["Holds:MaxQuantityPerLine"] = "1000000",
            ["RateLimits:HoldsPerCartPerMinute"] = "0",
            ["RateLimits:HoldsPerIpPerMinute"] = "0",
            // 31 February: the recurring jobs never fire on their own during a run.
            ["Jobs:ExpireHolds:Cron"] = "0 0 31 2 *",
            ["Jobs:Consistency:Cron"] = "0 0 31 2 *",
            ["Jobs:DailyReport:Cron"] = "0 0 31 2 *",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft"] = "Error",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Error",
        };
        foreach (var (key, value) in _settings)
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, PingEndpoint>();
            _services(services);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS cleans its temp folder.
        }
    }
}
