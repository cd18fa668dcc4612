using BlazorStock.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BlazorStock.Tests.Support;

/// <summary>
/// The whole web app on a temporary SQLite file (migrated at start, like production) with its own
/// Data Protection keys; <see cref="Settings"/> overrides configuration, <see cref="Clock"/> the time. Given a
/// <paramref name="directory"/>, it runs on that database and those keys and leaves them behind (a restart).
/// </summary>
public class BlazorStockFactory(string? directory = null) : WebApplicationFactory<Program>
{
    private readonly string _directory = directory ?? Path.Combine(Path.GetTempPath(), $"blazorstock-web-{Guid.NewGuid():N}");

    public Dictionary<string, string?> Settings { get; } = new();

    /// <summary>When set before the first request, replaces the system clock.</summary>
    public TestClock? Clock { get; set; }

    /// <summary>When set before the first request, changes the app's services after its own registration.</summary>
    public Action<IServiceCollection>? TestServices { get; set; }

    public string DatabasePath => Path.Combine(_directory, "blazorstock.db");

    /// <summary>Changes a setting while the app runs, as an edited appsettings.json would (options monitors see it).</summary>
    public void Reconfigure(string key, string? value)
    {
        var configuration = (IConfigurationRoot)Services.GetRequiredService<IConfiguration>();
        configuration[key] = value;
        configuration.Reload();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_directory);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:BlazorStock", $"Data Source={DatabasePath}");
        builder.UseSetting("DataProtection:KeysPath", Path.Combine(_directory, "keys"));
        builder.UseSetting("Seed:DemoData", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            if (Clock is not null)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clock);
            }

            TestServices?.Invoke(services);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (directory is not null)
        {
            GC.SuppressFinalize(this);
            return;
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing background task; the temp folder is cleaned by the OS.
        }

        GC.SuppressFinalize(this);
    }
}
