using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace BlazorStock.Domain.Persistence;

/// <summary>How every StockDbContext in the process is configured, for the request scope and the writer alike.</summary>
public static class StockDatabase
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString, Func<long?>? maxPageCount = null) =>
        provider == DatabaseProvider.PostgreSql
            ? builder.UseNpgsql(connectionString)
            : builder.UseSqlite(connectionString).AddInterceptors(new SqliteConnectionSetup(maxPageCount));

    public static DbContextOptions<StockDbContext> OptionsFor(DbConnection connection, params IInterceptor[] interceptors) =>
        connection is NpgsqlConnection
            ? new DbContextOptionsBuilder<StockDbContext>().UseNpgsql(connection).AddInterceptors(interceptors).Options
            : new DbContextOptionsBuilder<StockDbContext>().UseSqlite(connection).AddInterceptors(interceptors).Options;

    /// <summary>
    /// The connection string for <paramref name="provider"/>: for SQLite a relative <c>Data Source</c> is made
    /// relative to <paramref name="baseDirectory"/> and its folder created; PostgreSQL has no default.
    /// </summary>
    public static string ResolveConnectionString(DatabaseProvider provider, string? connectionString, string baseDirectory)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            const string Example = "e.g. \"Host=127.0.0.1;Port=5432;Database=blazorstock;Username=blazorstock;Password=…\"";
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException($"Database:Provider is PostgreSql but ConnectionStrings:BlazorStock is empty. Set it, {Example}.");
            }

            try
            {
                return new NpgsqlConnectionStringBuilder(connectionString).ConnectionString;
            }
            catch (ArgumentException ex)
            {
                throw new InvalidOperationException(
                    $"Database:Provider is PostgreSql but ConnectionStrings:BlazorStock is not a PostgreSQL connection string ({ex.Message}). Set it, {Example}.", ex);
            }
        }

        var builder = new SqliteConnectionStringBuilder(connectionString ?? "Data Source=App_Data/blazorstock.db");
        if (builder.DataSource is { Length: > 0 } source && source != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.IsPathRooted(source) ? source : Path.GetFullPath(Path.Combine(baseDirectory, source));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        return builder.ToString();
    }

    /// <summary>Reads <c>Database:Provider</c>; anything but the two engines stops the app at start with the reason.</summary>
    public static DatabaseProvider ParseProvider(string? value) =>
        string.IsNullOrWhiteSpace(value) ? DatabaseProvider.Sqlite
        : Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider) ? provider
        : throw new InvalidOperationException($"Database:Provider is '{value}'; it must be 'Sqlite' (the default) or 'PostgreSql'.");
}
