using BlazorStock.Domain;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BlazorStock.Bench.Circuits;

/// <summary>
/// <c>--serve</c>: the bench server alone in this process, so the circuit scenarios measure the server's
/// memory and CPU without the client's thousands of sockets in the same figures. Prints its address, then
/// serves until its standard input closes (the bench ends it that way, and so does the bench dying).
/// </summary>
public static class ServeMode
{
    public const string Ready = "serving ";

    public static async Task<int> RunAsync(string[] args)
    {
        // --set Key=Value, repeatable: configuration for this server (A/B runs, CircuitOptions).
        var settings = args.Select((arg, i) => (arg, i)).Where(a => a.arg == "--set" && a.i + 1 < args.Length)
            .Select(a => args[a.i + 1].Split('=', 2))
            .ToDictionary(kv => kv[0], kv => kv[1]);
        await using var server = BenchServer.Start(groupCommit: true, settings, services =>
        {
            services.AddSingleton<CommitRecorder>();
            services.RemoveAll<IDomainEventPublisher>();
            services.AddSingleton<IDomainEventPublisher>(sp => sp.GetRequiredService<CommitRecorder>());
            services.AddSingleton<IStartupFilter, BenchEndpoints>();
        });
        Console.WriteLine(Ready + server.BaseAddress);
        await Console.In.ReadToEndAsync();
        return 0;
    }
}
