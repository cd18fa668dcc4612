using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace BlazorStock.Tests.ScaleOut;

/// <summary>
/// nginx from Debian's packages on a loopback port, running the documented configuration
/// (<c>docs/nginx/blazorstock.conf</c>) with the test's upstream ports, in a folder of its own.
/// </summary>
public sealed partial class Nginx : IDisposable
{
    private readonly Process _process;
    private readonly string _prefix;

    private Nginx(Process process, string prefix, int port) => (_process, _prefix, Port) = (process, prefix, port);

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public static async Task<Nginx> StartAsync(params int[] upstreamPorts)
    {
        var binary = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx is not installed, and the proxy test needs it: run .ci/test (it installs nginx-light).");
        var prefix = Directory.CreateTempSubdirectory("blazorstock-nginx-").FullName;
        var port = FreePort();
        var site = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "docs", "nginx", "blazorstock.conf"));
        site = UpstreamServers().Replace(site, "");
        site = site.Replace("    keepalive 32;", string.Concat(upstreamPorts.Select(p => $"    server 127.0.0.1:{p} max_fails=1 fail_timeout=10s;\n")) + "    keepalive 32;", StringComparison.Ordinal)
            .Replace("listen 8080;", $"listen 127.0.0.1:{port};", StringComparison.Ordinal);
        var user = Environment.UserName == "root" ? "user root;" : "";
        await File.WriteAllTextAsync(Path.Combine(prefix, "nginx.conf"), $$"""
            {{user}}
            daemon off;
            worker_processes 1;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/error.log warn;
            events { worker_connections 256; }
            http {
                access_log off;
                client_body_temp_path {{prefix}}/body;
                proxy_temp_path {{prefix}}/proxy;
                fastcgi_temp_path {{prefix}}/fastcgi;
                uwsgi_temp_path {{prefix}}/uwsgi;
                scgi_temp_path {{prefix}}/scgi;
            {{site}}
            }
            """);
        var process = Process.Start(new ProcessStartInfo(binary) { ArgumentList = { "-p", prefix, "-c", Path.Combine(prefix, "nginx.conf") }, RedirectStandardError = true })!;
        var nginx = new Nginx(process, prefix, port);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!Listening(port))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                var error = process.HasExited ? await process.StandardError.ReadToEndAsync() : "did not listen within 10 s";
                nginx.Dispose();
                throw new InvalidOperationException($"nginx did not start: {error}");
            }

            await Task.Delay(50);
        }

        return nginx;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_prefix, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BlazorStock.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("BlazorStock.sln not found above the test assembly.");
    }

    [GeneratedRegex(@"^    server 127\.0\.0\.1:\d+ [^\n]*\n", RegexOptions.Multiline)]
    private static partial Regex UpstreamServers();
}
