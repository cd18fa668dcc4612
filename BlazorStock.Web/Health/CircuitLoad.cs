using System.Diagnostics.Metrics;

namespace BlazorStock.Web.Health;

/// <summary>
/// The circuits this server holds, read from ASP.NET Core's own <c>Microsoft.AspNetCore.Components.Server.Circuits</c>
/// meter (its two up-down counters summed as they are recorded), so <c>/health</c> and the dashboard show
/// the load an operator plans memory by: each circuit keeps its state and render tree in this process.
/// Only this app's meter is counted (its <see cref="IMeterFactory"/>), not another host's in the same process.
/// </summary>
public sealed class CircuitLoad : IDisposable
{
    public const string MeterName = "Microsoft.AspNetCore.Components.Server.Circuits";
    private readonly MeterListener _listener = new();
    private long _active;
    private long _connected;

    public CircuitLoad(IMeterFactory meters)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == MeterName && ReferenceEquals(instrument.Meter.Scope, meters)
                && instrument.Name is "aspnetcore.components.circuit.active" or "aspnetcore.components.circuit.connected")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, change, _, _) =>
        {
            if (instrument.Name == "aspnetcore.components.circuit.active")
            {
                Interlocked.Add(ref _active, change);
            }
            else
            {
                Interlocked.Add(ref _connected, change);
            }
        });
        _listener.Start();
    }

    /// <summary>Circuits in memory, connected or kept for a reconnect (<c>CircuitOptions.DisconnectedCircuitMaxRetained</c>).</summary>
    public long Active => Interlocked.Read(ref _active);

    /// <summary>Circuits with a browser connected.</summary>
    public long Connected => Interlocked.Read(ref _connected);

    public void Dispose() => _listener.Dispose();
}
