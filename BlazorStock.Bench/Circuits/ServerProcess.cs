using System.Diagnostics;
using System.Net.Http.Json;

namespace BlazorStock.Bench.Circuits;

/// <summary>
/// The bench server in a process of its own (<see cref="ServeMode"/>), started from this assembly with
/// the same runtime, and what the scenarios ask it (<see cref="BenchEndpoints"/>).
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        BaseAddress = address;
        Http = new HttpClient(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(120),
        };
    }

    public Uri BaseAddress { get; }

    /// <summary>The client the scenarios' shoppers share; it keeps no cookies (each shopper has its own <see cref="BrowserCookies"/>).</summary>
    public HttpClient Http { get; }

    public int ProcessId => _process.Id;

    public static async Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(ServeMode).Assembly.Location);
        start.ArgumentList.Add("--serve");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.ArgumentList.Add("--set");
            start.ArgumentList.Add($"{key}={value}");
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The server process did not start.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith(ServeMode.Ready, StringComparison.Ordinal))
            {
                return new ServerProcess(process, new Uri(line[ServeMode.Ready.Length..]));
            }
        }

        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException($"The server process exited ({process.ExitCode}) before serving.");
    }

    /// <param name="collect">Collect garbage fully first, so the heap figure is what is still reachable.</param>
    public async Task<ServerStats> StatsAsync(bool collect) =>
        (await Http.GetFromJsonAsync<ServerStats>($"/bench/stats?collect={(collect ? "true" : "false")}"))!;

    public async Task<int> CreateProductAsync(string sku, int units)
    {
        using var response = await Http.PostAsync($"/bench/products?units={units}&sku={Uri.EscapeDataString(sku)}", null);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<int>();
    }

    public async Task WatchCommitsAsync(int productId) =>
        (await Http.PostAsync($"/bench/watch?product={productId}", null)).Dispose();

    /// <summary>(reserved after the commit, Stopwatch timestamp of the commit) for the watched product.</summary>
    public async Task<IReadOnlyList<long[]>> CommitsAsync() => (await Http.GetFromJsonAsync<long[][]>("/bench/commits"))!;

    public async Task<InvariantReport> InvariantsAsync() => (await Http.GetFromJsonAsync<InvariantReport>("/bench/invariants"))!;

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        _process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
