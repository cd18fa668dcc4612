using System.Diagnostics.Metrics;
using BlazorStock.Domain.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Reliability;

/// <summary>
/// Kills the write path's thread the way a misbehaving metrics exporter would: a listener on the writer's
/// batch-size instrument (called synchronously on the writer's own thread, outside any batch) throws once
/// armed. Only this app's meter is watched, so other tests running beside it are untouched.
/// </summary>
public sealed class WriterFault : IDisposable
{
    private readonly MeterListener _listener = new();
    private volatile bool _armed;

    public WriterFault(IServiceProvider services)
    {
        var meters = services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == meters && instrument.Name == WriterMetrics.BatchSize)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>((_, _, _, _) =>
        {
            if (_armed)
            {
                _armed = false;
                throw new InvalidOperationException("injected: a metrics listener failed on the writer's thread");
            }
        });
        _listener.Start();
    }

    /// <summary>The next batch that finishes takes the writer's thread down with it.</summary>
    public void Arm() => _armed = true;

    public void Dispose() => _listener.Dispose();
}
