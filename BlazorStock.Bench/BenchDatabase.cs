using Npgsql;

namespace BlazorStock.Bench;

/// <summary>A PostgreSQL database of one scenario's own, created on the server <c>--postgres</c> names and dropped after.</summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string _admin;

    private BenchDatabase(string admin, string connectionString) => (_admin, ConnectionString) = (admin, connectionString);

    public string ConnectionString { get; }

    /// <summary>The settings that put a bench server on this database.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Database:Provider"] = "PostgreSql",
        ["ConnectionStrings:BlazorStock"] = ConnectionString,
    };

    public static async Task<BenchDatabase> CreateAsync(string admin)
    {
        var name = $"bench_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new BenchDatabase(admin, new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 200 }.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(ConnectionString).Database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
