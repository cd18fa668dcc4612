using BlazorStock.Domain.Persistence;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace BlazorStock.Web.Jobs;

/// <summary>
/// Hangfire's storage follows the database (decision 007, 010): in memory beside SQLite (one server), in
/// PostgreSQL beside PostgreSQL, where every app server's Hangfire shares the queues, the recurring
/// schedule and its distributed locks, so a recurring job runs once across all of them.
/// </summary>
public static class JobStorageFactory
{
    /// <summary>Hangfire's tables live in a schema of their own, apart from the app's.</summary>
    public const string PostgreSqlSchema = "hangfire";

    public static JobStorage Create(PersistenceOptions persistence)
    {
        if (persistence.Provider != DatabaseProvider.PostgreSql)
        {
            return new InMemoryStorage(new InMemoryStorageOptions());
        }

        var options = new PostgreSqlStorageOptions
        {
            SchemaName = PostgreSqlSchema,
            PrepareSchemaIfNecessary = true,

            // A job enqueued on any server (a trigger from the Jobs page) wakes the workers through LISTEN/NOTIFY
            // at once, instead of waiting for the next poll; the poll stays as the fallback.
            EnableLongPolling = true,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(persistence.ConnectionString, options), options);
    }
}
