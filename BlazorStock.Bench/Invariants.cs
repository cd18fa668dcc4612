using BlazorStock.Domain.Consistency;
using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Bench;

/// <summary>After a scenario: no stock level out of bounds and no consistency finding.</summary>
public static class Invariants
{
    public static Task<(bool Ok, string Notes)> CheckAsync(BenchServer server) => server.WithScopeAsync(CheckAsync);

    public static async Task<(bool Ok, string Notes)> CheckAsync(IServiceProvider services)
    {
        var broken = await services.GetRequiredService<StockDbContext>().StockLevels.CountAsync(s => s.Reserved < 0 || s.Reserved > s.OnHand || s.OnHand < 0);
        var findings = await services.GetRequiredService<ConsistencyService>().CheckAsync(CancellationToken.None);
        return (broken == 0 && findings.Count == 0, broken + findings.Count == 0 ? "invariants ok" : $"{broken} levels out of bounds, {findings.Count} findings: {string.Join("; ", findings.Take(3).Select(f => $"{f.Kind} {f.ObjectId} {f.Description}"))}");
    }
}
