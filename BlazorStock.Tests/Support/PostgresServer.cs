namespace BlazorStock.Tests.Support;

/// <summary>
/// The test run's PostgreSQL: one <see cref="PostgresCluster"/> started on first use, a database per test.
/// <c>BLAZORSTOCK_TEST_POSTGRES</c>, a connection string to a server of your own, replaces the throwaway cluster.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<Task<string>> Admin = new(async () =>
        Environment.GetEnvironmentVariable("BLAZORSTOCK_TEST_POSTGRES") is { Length: > 0 } own ? own : (await PostgresCluster.StartAsync()).AdminConnectionString);

    /// <summary>A connection string to the server's <c>postgres</c> database, with the right to create databases.</summary>
    public static Task<string> AdminConnectionStringAsync() => Admin.Value;

    /// <summary>A connection string to a new, empty database.</summary>
    public static async Task<string> CreateDatabaseAsync() => await PostgresCluster.CreateDatabaseAsync(await Admin.Value);

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing whatever still uses it.</summary>
    public static async Task DropDatabaseAsync(string connectionString) => await PostgresCluster.DropDatabaseAsync(await Admin.Value, connectionString);
}
