using Microsoft.AspNetCore.SignalR;

namespace BlazorStock.Bench.Circuits;

/// <summary>
/// The argument types of what the server sends a circuit's client (CircuitManager.ts registers the same
/// targets); a target missing here arrives as a binding failure, which the client reports.
/// </summary>
public sealed class CircuitBinder : IInvocationBinder
{
    public static CircuitBinder Instance { get; } = new();

    private static readonly Dictionary<string, Type[]> Targets = new()
    {
        ["JS.RenderBatch"] = [typeof(long), typeof(byte[])],
        // asyncHandle, identifier, argsJson, result type, target instance, call type (.NET 10 added the last).
        ["JS.BeginInvokeJS"] = [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)],
        ["JS.EndInvokeDotNet"] = [typeof(string), typeof(bool), typeof(string)],
        ["JS.AttachComponent"] = [typeof(int), typeof(string)],
        ["JS.EndUpdateRootComponents"] = [typeof(long)],
        ["JS.EndLocationChanging"] = [typeof(int), typeof(bool)],
        ["JS.Error"] = [typeof(string)],
    };

    // The only invocation the client waits for is StartCircuit, which answers with the circuit's secret.
    public Type GetReturnType(string invocationId) => typeof(string);

    public IReadOnlyList<Type> GetParameterTypes(string methodName) =>
        Targets.TryGetValue(methodName, out var types) ? types : throw new InvalidOperationException($"Unexpected target {methodName}.");

    public Type GetStreamItemType(string streamId) => throw new NotSupportedException();
}
