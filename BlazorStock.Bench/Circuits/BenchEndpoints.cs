using System.Diagnostics;
using System.Globalization;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Stock;
using BlazorStock.Web.Health;
using BlazorStock.Web.Live;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Bench.Circuits;

/// <summary>
/// What the circuit scenarios ask the server process for, in front of the app's pipeline (as the ping is):
/// its memory and CPU, products to sell, the commit times of a watched product, and the stock invariants
/// after a run. Only the bench's <c>--serve</c> mode adds these.
/// </summary>
public sealed class BenchEndpoints : IStartupFilter
{
    private readonly SemaphoreSlim _creating = new(1, 1);
    private Warehouse? _warehouse;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map("/bench/stats", stats => stats.Run(context => context.Response.WriteAsJsonAsync(Stats(context))));
        app.Map("/bench/products", products => products.Run(async context => await context.Response.WriteAsJsonAsync(await CreateProductAsync(context))));
        app.Map("/bench/watch", watch => watch.Run(context =>
        {
            context.RequestServices.GetRequiredService<CommitRecorder>().Watch(int.Parse(context.Request.Query["product"]!, CultureInfo.InvariantCulture));
            return Task.CompletedTask;
        }));
        app.Map("/bench/commits", commits => commits.Run(context =>
            context.Response.WriteAsJsonAsync(context.RequestServices.GetRequiredService<CommitRecorder>().Commits.Select(c => new[] { c.Reserved, c.At }))));
        app.Map("/bench/invariants", invariants => invariants.Run(async context =>
        {
            var (ok, notes) = await Invariants.CheckAsync(context.RequestServices);
            var extensions = await context.RequestServices.GetRequiredService<StockDbContext>().Holds.SumAsync(h => h.ExtensionCount);
            await context.Response.WriteAsJsonAsync(new InvariantReport(ok, notes, extensions));
        }));
        next(app);
    };

    private static ServerStats Stats(HttpContext context)
    {
        if (context.Request.Query["collect"] == "true")
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }

        var circuits = context.RequestServices.GetRequiredService<CircuitLoad>();
        using var process = Process.GetCurrentProcess();
        // Generation index 4 is the pinned object heap.
        var pinned = GC.GetGCMemoryInfo(GCKind.Any).GenerationInfo[4].SizeAfterBytes;
        return new ServerStats(process.WorkingSet64, GC.GetTotalMemory(forceFullCollection: false), pinned, process.TotalProcessorTime.TotalSeconds,
            circuits.Active, circuits.Connected, context.RequestServices.GetRequiredService<LiveNotifier>().SubscriptionCount, GC.CollectionCount(2));
    }

    private async Task<int> CreateProductAsync(HttpContext context)
    {
        var units = int.Parse(context.Request.Query["units"]!, CultureInfo.InvariantCulture);
        var sku = context.Request.Query["sku"].ToString();
        var catalog = context.RequestServices.GetRequiredService<CatalogService>();
        await _creating.WaitAsync();
        try
        {
            _warehouse ??= await catalog.CreateWarehouseAsync("CIRCUITS", "Circuits", CancellationToken.None);
        }
        finally
        {
            _creating.Release();
        }

        var product = await catalog.CreateProductAsync(new ProductDetails(sku, sku, "", "Bench", 10m), null, CancellationToken.None);
        await context.RequestServices.GetRequiredService<StockService>().AdjustAsync(product.Id, _warehouse.Id, units, "Bench stock", CancellationToken.None);
        return product.Id;
    }
}
