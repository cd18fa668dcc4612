using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace BlazorStock.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL cluster for the test run: initdb into a temporary folder as a non-root user, started
/// on a free loopback port, stopped when the test process exits. Each test takes a database of its own
/// (<see cref="CreateDatabaseAsync"/>). When PostgreSQL is missing or will not start, the tests that need it
/// fail with the reason (never skip): <c>.ci/test</c> installs it. <c>BLAZORSTOCK_TEST_POSTGRES</c>, a
/// connection string to a server of your own, replaces the throwaway cluster.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<Task<string>> Admin = new(StartAsync);
    private static string? _dataDirectory;
    private static string? _pgCtl;
    private static string? _runAs;

    /// <summary>A connection string to a new, empty database.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var admin = await Admin.Value;
        var name = $"t_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing whatever still uses it.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(await Admin.Value);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The admin connection string: to stop and start the server in a test (database unreachable).</summary>
    public static Task<string> AdminConnectionStringAsync() => Admin.Value;

    /// <summary>Stops the server at once (as a crash would), for fault tests; <see cref="StartAgain"/> brings it back on the same port.</summary>
    public static void StopNow() => Run(_pgCtl ?? throw NotOwned(), "-D", _dataDirectory!, "-m", "immediate", "-w", "stop");

    public static void StartAgain() => Run(_pgCtl ?? throw NotOwned(), "-D", _dataDirectory!, "-w", "-l", Path.Combine(_dataDirectory!, "..", "log"), "start");

    private static InvalidOperationException NotOwned() =>
        new("The tests do not own this PostgreSQL server (BLAZORSTOCK_TEST_POSTGRES is set), so they cannot stop it.");

    private static async Task<string> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("BLAZORSTOCK_TEST_POSTGRES") is { Length: > 0 } own)
        {
            return own;
        }

        var bin = FindBin() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed, and the PostgreSQL tests need it: run .ci/test (it installs it), or apt-get install postgresql, " +
            "or point BLAZORSTOCK_TEST_POSTGRES at a server of your own.");
        var root = Directory.CreateTempSubdirectory("blazorstock-pg-").FullName;
        _dataDirectory = Path.Combine(root, "data");
        _pgCtl = Path.Combine(bin, "pg_ctl");

        // PostgreSQL refuses to run as root: the cluster belongs to the postgres account then.
        _runAs = Environment.UserName == "root" ? "postgres" : null;
        if (_runAs is not null)
        {
            Run("chown", "-R", _runAs, root);
        }

        var port = FreePort();
        Run(Path.Combine(bin, "initdb"), "-D", _dataDirectory, "-A", "trust", "-U", "blazorstock", "-E", "UTF8", "--no-sync");
        await File.AppendAllTextAsync(Path.Combine(_dataDirectory, "postgresql.conf"), $"""

            port = {port}
            listen_addresses = '127.0.0.1'
            unix_socket_directories = '{root}'
            max_connections = 400
            fsync = off
            synchronous_commit = off
            full_page_writes = off
            shared_buffers = 128MB

            """);
        StartAgain();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                StopNow();
                Directory.Delete(root, recursive: true);
            }
            catch (Exception)
            {
                // Leaving a stopped cluster in /tmp is the worst case.
            }
        };
        return $"Host=127.0.0.1;Port={port};Username=blazorstock;Database=postgres;Maximum Pool Size=50";
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

    private static void Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(_runAs is not null && file != "chown" ? "runuser" : file) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (_runAs is not null && file != "chown")
        {
            foreach (var prefix in new[] { "-u", _runAs, "--", file })
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
