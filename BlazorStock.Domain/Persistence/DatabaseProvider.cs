namespace BlazorStock.Domain.Persistence;

/// <summary>The database engine, from <c>Database:Provider</c>: SQLite embedded (the default), PostgreSQL for several app servers.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
