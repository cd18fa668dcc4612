using BlazorStock.Domain.Consistency;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Bench;

/// <summary>After a scenario: no stock level out of bounds and no consistency finding.</summary>
public static class Invariants
{
    public static async Task<(bool Ok, string Notes)> CheckAsync(BenchServer server)
    {
        var broken = await server.QueryAsync(db => db.StockLevels.CountAsync(s => s.Reserved < 0 || s.Reserved > s.OnHand || s.OnHand < 0));
        var findings = await server.WithScopeAsync(sp => sp.GetRequiredService<ConsistencyService>().CheckAsync(CancellationToken.None));
        return (broken == 0 && findings.Count == 0, broken + findings.Count == 0 ? "invariants ok" : $"{broken} levels out of bounds, {findings.Count} findings: {string.Join("; ", findings.Take(3).Select(f => $"{f.Kind} {f.ObjectId} {f.Description}"))}");
    }
}
