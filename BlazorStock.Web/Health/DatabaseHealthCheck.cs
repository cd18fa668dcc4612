using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BlazorStock.Web.Health;

public sealed class DatabaseHealthCheck(StockDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var products = await db.Products.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{products} products");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("The database cannot be read.", ex);
        }
    }
}
