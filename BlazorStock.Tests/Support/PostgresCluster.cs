using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace BlazorStock.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL cluster: initdb into a temporary folder as a non-root user, started on a free
/// loopback port, stopped when disposed or when the test process exits. The test run shares one
/// (<see cref="PostgresServer"/>); a fault test that stops its server starts a cluster of its own. When
/// PostgreSQL is missing or will not start, the tests that need it fail with the reason (never skip):
/// <c>.ci/test</c> installs it.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string _root;
    private readonly string _dataDirectory;
    private readonly string _pgCtl;
    private readonly string? _runAs;

    private PostgresCluster(string root, string bin, string? runAs, string adminConnectionString)
    {
        _root = root;
        _dataDirectory = Path.Combine(root, "data");
        _pgCtl = Path.Combine(bin, "pg_ctl");
        _runAs = runAs;
        AdminConnectionString = adminConnectionString;
    }

    public string AdminConnectionString { get; }

    /// <summary>A connection string to a new, empty database.</summary>
    public Task<string> CreateDatabaseAsync() => CreateDatabaseAsync(AdminConnectionString);

    public Task DropDatabaseAsync(string connectionString) => DropDatabaseAsync(AdminConnectionString, connectionString);

    /// <summary>A new, empty database on the server <paramref name="admin"/> reaches.</summary>
    public static async Task<string> CreateDatabaseAsync(string admin)
    {
        var name = $"t_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync(string)"/>, closing whatever still uses it.</summary>
    public static async Task DropDatabaseAsync(string admin, string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Stops the server at once, as a crash would; <see cref="Start"/> brings it back on the same port.</summary>
    public void StopNow() => Run(_runAs, _pgCtl, "-D", _dataDirectory, "-m", "immediate", "-w", "stop");

    public void Start() => Run(_runAs, _pgCtl, "-D", _dataDirectory, "-w", "-l", Path.Combine(_root, "log"), "start");

    public static async Task<PostgresCluster> StartAsync()
    {
        var bin = FindBin() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed, and the PostgreSQL tests need it: run .ci/test (it installs it), or apt-get install postgresql, " +
            "or point BLAZORSTOCK_TEST_POSTGRES at a server of your own.");
        var root = Directory.CreateTempSubdirectory("blazorstock-pg-").FullName;

        // PostgreSQL refuses to run as root: the cluster belongs to the postgres account then.
        var runAs = Environment.UserName == "root" ? "postgres" : null;
        if (runAs is not null)
        {
            Run(null, "chown", "-R", runAs, root);
        }

        var port = FreePort();
        var data = Path.Combine(root, "data");
        Run(runAs, Path.Combine(bin, "initdb"), "-D", data, "-A", "trust", "-U", "blazorstock", "-E", "UTF8", "--no-sync");
        await File.AppendAllTextAsync(Path.Combine(data, "postgresql.conf"), $"""

            port = {port}
            listen_addresses = '127.0.0.1'
            unix_socket_directories = '{root}'
            max_connections = 400
            fsync = off
            synchronous_commit = off
            full_page_writes = off
            shared_buffers = 128MB

            """);
        var cluster = new PostgresCluster(root, bin, runAs, $"Host=127.0.0.1;Port={port};Username=blazorstock;Database=postgres;Maximum Pool Size=50");
        cluster.Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Remove();
        return cluster;
    }

    public ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        Remove();
        return ValueTask.CompletedTask;
    }

    private void Remove()
    {
        try
        {
            if (File.Exists(Path.Combine(_dataDirectory, "postmaster.pid")))
            {
                StopNow();
            }

            Directory.Delete(_root, recursive: true);
        }
        catch (Exception)
        {
            // Leaving a stopped cluster in /tmp is the worst case.
        }
    }

    private static string? FindBin() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0).FirstOrDefault()
            : null;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string? runAs, string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(runAs is not null ? "runuser" : file) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (runAs is not null)
        {
            foreach (var prefix in new[] { "-u", runAs, "--", file })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}{output.Result}");
        }
    }
}
