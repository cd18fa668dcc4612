using BlazorStock.Tests.Support;

namespace BlazorStock.Tests.Persistence;

public sealed class WriterThreadPriorityTests
{
    [Fact]
    public async Task The_writer_thread_runs_at_the_configured_nice_value_when_the_process_may_raise_priorities()
    {
        // A value no other test store uses, so this store's writer is the thread found.
        await using var store = await TestStore.CreateAsync(s => s["Persistence:WriterNice"] = "-7");
        var (main, _) = await store.WarehousesAsync();
        await store.ProductAsync("Desk", (main, 1));

        var writers = WriterNiceValues();

        // Root has CAP_SYS_NICE (CI and this machine); elsewhere the writer keeps normal priority and still works.
        Assert.Contains(Environment.UserName == "root" ? -7 : 0, writers);
    }

    [Fact]
    public async Task A_nice_value_out_of_range_is_refused_at_start()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => TestStore.CreateAsync(s => s["Persistence:WriterNice"] = "-40"));

        Assert.Contains("WriterNice", error.ToString());
    }

    /// <summary>The nice values of this process's threads named StockWriter (field 19 of /proc/…/stat).</summary>
    private static List<int> WriterNiceValues() =>
        Directory.GetDirectories("/proc/self/task")
            .Select(task => File.ReadAllText(Path.Combine(task, "stat")))
            .Where(stat => stat.Contains("(StockWriter)", StringComparison.Ordinal))
            .Select(stat => int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[16], System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
}
