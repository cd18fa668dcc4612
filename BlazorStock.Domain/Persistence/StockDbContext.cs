using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Customers;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Jobs;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Stock;
using BlazorStock.Domain.Units;
using BlazorStock.Domain.Waitlist;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Domain.Persistence;

public class StockDbContext : DbContext
{
    public StockDbContext(DbContextOptions<StockDbContext> options)
        : base(options)
    {
    }

    /// <summary>For <see cref="PostgreSql.PostgreSqlStockDbContext"/>, which owns PostgreSQL's migrations.</summary>
    protected StockDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Warehouse> Warehouses => Set<Warehouse>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<KitComponent> KitComponents => Set<KitComponent>();

    public DbSet<ProductImage> ProductImages => Set<ProductImage>();

    public DbSet<StockLevel> StockLevels => Set<StockLevel>();

    public DbSet<SerializedUnit> SerializedUnits => Set<SerializedUnit>();

    public DbSet<UnitStatusChange> UnitStatusChanges => Set<UnitStatusChange>();

    public DbSet<Hold> Holds => Set<Hold>();

    public DbSet<CustomerLimitUsage> CustomerLimitUsages => Set<CustomerLimitUsage>();

    public DbSet<WaitlistEntry> WaitlistEntries => Set<WaitlistEntry>();

    public DbSet<HoldAllocation> HoldAllocations => Set<HoldAllocation>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderLine> OrderLines => Set<OrderLine>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AuditKey> AuditKeys => Set<AuditKey>();

    public DbSet<AuditIndexState> AuditIndexStates => Set<AuditIndexState>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<DailyReport> DailyReports => Set<DailyReport>();

    public DbSet<JobSchedule> JobSchedules => Set<JobSchedule>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset in SQL; UTC ticks can, and keep the expiry index
        // usable. PostgreSQL stores them the same way so both engines run the same statements (decision 010).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        if (Database.IsSqlite())
        {
            // Nor decimal: REAL keeps price sorts on the database side. PostgreSQL has numeric.
            configurationBuilder.Properties<decimal>().HaveConversion<double>();
        }

        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StockDbContext).Assembly);
}
