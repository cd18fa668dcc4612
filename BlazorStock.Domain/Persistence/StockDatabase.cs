using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Domain.Persistence;

/// <summary>How every StockDbContext in the process is configured, for the request scope and the writer alike.</summary>
public static class StockDatabase
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString, Func<long?>? maxPageCount = null) =>
        builder.UseSqlite(connectionString).AddInterceptors(new SqliteConnectionSetup(maxPageCount));

    public static DbContextOptions<StockDbContext> OptionsFor(DbConnection connection) =>
        new DbContextOptionsBuilder<StockDbContext>().UseSqlite(connection).Options;

    /// <summary>Makes a relative <c>Data Source</c> relative to <paramref name="baseDirectory"/> and creates its folder.</summary>
    public static string ResolveConnectionString(string connectionString, string baseDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } source && source != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.IsPathRooted(source) ? source : Path.GetFullPath(Path.Combine(baseDirectory, source));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        return builder.ToString();
    }
}
