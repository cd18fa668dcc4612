using BlazorStock.Tests.Jobs;
using BlazorStock.Tests.Support;

namespace BlazorStock.Tests.ScaleOut;

/// <summary>
/// Two app servers (two whole apps, each with its own writer, Hangfire server, notifier and connection pools)
/// on one PostgreSQL database, as behind a proxy.
/// </summary>
public sealed class TwoServers : IAsyncDisposable
{
    private TwoServers(ApiFactory a, ApiFactory b, string database) => (A, B, Database) = (a, b, database);

    public ApiFactory A { get; }

    public ApiFactory B { get; }

    public string Database { get; }

    public static async Task<TwoServers> StartAsync(bool jobs = false)
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        var servers = new TwoServers(Server(database, jobs), Server(database, jobs), database);

        // One after the other, as a rolling start would; the startup lock makes a simultaneous start safe too.
        _ = servers.A.Server;
        _ = servers.B.Server;
        return servers;
    }

    public static ApiFactory Server(string database, bool jobs)
    {
        var server = jobs ? JobHost.Create() : new ApiFactory();
        server.Settings["Database:Provider"] = "PostgreSql";
        server.Settings["ConnectionStrings:BlazorStock"] = database;
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await PostgresServer.DropDatabaseAsync(Database);
    }
}
