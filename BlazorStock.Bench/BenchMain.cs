using BlazorStock.Bench.Circuits;

namespace BlazorStock.Bench;

/// <summary>Entry point (not top-level statements: the web app's <c>Program</c> must stay the only one in scope).</summary>
public static class BenchMain
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--serve"))
        {
            return await ServeMode.RunAsync(args);
        }

        var options = BenchOptions.Parse(args);
        var results = await BenchRunner.RunAsync(options, Console.Out);
        return results.All(r => r.Ok) ? 0 : 1;
    }
}
