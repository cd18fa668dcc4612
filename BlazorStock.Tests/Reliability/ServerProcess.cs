using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace BlazorStock.Tests.Reliability;

/// <summary>
/// The web app as an operating-system process of its own (<c>dotnet BlazorStock.Web.dll</c> from this build's
/// output), in Production, on a loopback port, with its database and Data Protection keys in
/// <paramref name="directory"/>: a process that <see cref="Kill"/> can end with SIGKILL, mid-write, as a crash would.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly string _log;

    private ServerProcess(Process process, Uri address, string log)
    {
        _process = process;
        Address = address;
        _log = log;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    public static string DatabasePath(string directory) => Path.Combine(directory, "blazorstock.db");

    /// <summary>A loopback port free right now; restarts reuse it, as a restarted server keeps its address.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the app and waits until /health says its database and write path are up.</summary>
    public static async Task<ServerProcess> StartAsync(string directory, int port, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var address = new Uri($"http://127.0.0.1:{port}");
        var log = Path.Combine(directory, "server.log");
        var start = new ProcessStartInfo("/bin/sh")
        {
            // exec: the shell becomes the server, so its id is the server's and SIGKILL reaches the server itself.
            ArgumentList = { "-c", "exec dotnet \"$0\" --urls \"$1\" >>\"$2\" 2>&1", Path.Combine(AppContext.BaseDirectory, "BlazorStock.Web.dll"), address.ToString(), log },
            WorkingDirectory = AppContext.BaseDirectory,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__BlazorStock"] = $"Data Source={DatabasePath(directory)}";
        start.Environment["DataProtection__KeysPath"] = Path.Combine(directory, "keys");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var server = new ServerProcess(Process.Start(start)!, address, log);
        try
        {
            await server.WaitUntilUpAsync(cancellationToken);
            return server;
        }
        catch
        {
            server.Kill();
            throw;
        }
    }

    public HttpClient Client() => new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        BaseAddress = Address,
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>SIGKILL, as <c>kill -9</c>: no shutdown, no flush, whatever was in flight stops where it was.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.WaitForExit();
    }

    public string LogTail() => File.Exists(_log) ? string.Join('\n', File.ReadLines(_log).TakeLast(40)) : "(no log)";

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private async Task WaitUntilUpAsync(CancellationToken cancellationToken)
    {
        using var client = Client();
        client.Timeout = TimeSpan.FromSeconds(5);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with {_process.ExitCode}:\n{LogTail()}");
            }

            try
            {
                using var response = await client.GetAsync("/health", cancellationToken);
                var checks = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement.GetProperty("checks");
                if (checks.GetProperty("database").GetProperty("status").GetString() == "Healthy"
                    && checks.GetProperty("writer").GetProperty("status").GetString() == "Healthy")
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException)
            {
                // Not listening yet, or still starting.
            }

            await Task.Delay(50, cancellationToken);
        }

        throw new TimeoutException($"The server did not come up in 90 s:\n{LogTail()}");
    }
}
