using Hangfire;
using Hangfire.InMemory;

namespace BlazorStock.Web.Jobs;

/// <summary>The one place <c>Jobs:Storage</c> picks Hangfire's storage (decision 007).</summary>
public static class JobStorageFactory
{
    public static bool IsKnown(string storage) =>
        string.Equals(storage, JobOptions.InMemoryStorage, StringComparison.OrdinalIgnoreCase)
        || string.Equals(storage, JobOptions.PostgreSqlStorage, StringComparison.OrdinalIgnoreCase);

    public static JobStorage Create(JobOptions options)
    {
        if (string.Equals(options.Storage, JobOptions.InMemoryStorage, StringComparison.OrdinalIgnoreCase))
        {
            return new InMemoryStorage(new InMemoryStorageOptions());
        }

        if (string.Equals(options.Storage, JobOptions.PostgreSqlStorage, StringComparison.OrdinalIgnoreCase))
        {
            // Comes with the move to PostgreSQL (Hangfire.PostgreSql, UsePostgreSqlStorage on the app's connection string).
            throw new NotSupportedException("Jobs:Storage 'PostgreSql' is not available yet: PostgreSQL job storage arrives with the PostgreSQL database. Use 'InMemory'.");
        }

        throw new InvalidOperationException($"Jobs:Storage is '{options.Storage}'; it must be '{JobOptions.InMemoryStorage}' or '{JobOptions.PostgreSqlStorage}'.");
    }
}
