using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using BlazorStock.Domain;
using BlazorStock.Domain.Persistence;
using BlazorStock.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Persistence;

/// <summary>How <see cref="StockWriter"/> runs a group of requests: decided together, or each alone when the group leaves it or gives up.</summary>
public sealed class StockWriterGroupTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private StockWriter _writer = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        _writer = _store.Services.GetRequiredService<StockWriter>();
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task A_group_answers_each_request_and_leaves_the_undecided_to_run_alone()
    {
        var runs = new List<int>();
        var group = new WriteGroup<int, string>("test", (w, members) =>
        {
            runs.Add(members.Count);
            foreach (var member in members)
            {
                switch (member.Item)
                {
                    case 1:
                        member.Succeed("grouped 1");
                        break;
                    case 2:
                        member.Refuse(new DomainException(ErrorCodes.InvalidQuantity, "no"));
                        break;
                }
            }

            return Task.CompletedTask;
        });

        var results = await InOneBatchAsync(group, 1, 2, 3);

        Assert.Equal([3], runs);
        Assert.Equal("grouped 1", await results[0]);
        Assert.Equal(ErrorCodes.InvalidQuantity, (await Assert.ThrowsAsync<DomainException>(() => results[1])).Code);
        Assert.Equal("alone 3", await results[2]);
    }

    [Fact]
    public async Task A_group_that_fails_is_rolled_back_and_every_request_runs_alone()
    {
        var group = new WriteGroup<int, string>("test", (w, members) =>
        {
            w.Audit("test.grouped", "Test", "1", null, null);
            members[0].Succeed("grouped");
            throw new InvalidOperationException("the set-based path gave up");
        });

        var results = await InOneBatchAsync(group, 1, 2);

        Assert.Equal("alone 1", await results[0]);
        Assert.Equal("alone 2", await results[1]);
        Assert.Equal(0, await _store.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "test.grouped")));
        Assert.Equal(2, await _store.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "test.alone")));
    }

    [Fact]
    public async Task Each_transaction_is_reported_to_the_writer_meter_with_its_size_and_commit_time()
    {
        var meters = _store.Services.GetRequiredService<IMeterFactory>();
        var sizes = new ConcurrentQueue<int>();
        var commits = new ConcurrentQueue<double>();
        var groupReported = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this test's host: other tests' writers report to meters of the same name.
            if (instrument.Meter.Name == WriterMetrics.MeterName && instrument.Meter.Scope == meters)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((_, size, _, _) =>
        {
            sizes.Enqueue(size);
            if (size == 3)
            {
                groupReported.TrySetResult();
            }
        });
        listener.SetMeasurementEventCallback<double>((instrument, seconds, _, _) =>
        {
            if (instrument.Name == WriterMetrics.CommitDuration)
            {
                commits.Enqueue(seconds);
            }
        });
        listener.Start();
        var group = new WriteGroup<int, string>("test", (_, members) =>
        {
            foreach (var member in members)
            {
                member.Succeed("grouped");
            }

            return Task.CompletedTask;
        });

        var results = await InOneBatchAsync(group, 1, 2, 3);
        await groupReported.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.All(results, r => Assert.Equal("grouped", r.Result));
        Assert.Equal([1, 3], sizes); // the batch that blocked the writer, then the three requests together
        Assert.Equal(2, commits.Count);
        Assert.All(commits, seconds => Assert.True(seconds > 0));
    }

    private async Task<List<Task<string>>> InOneBatchAsync(WriteGroup<int, string> group, params int[] items)
    {
        var gate = await _store.BlockWriterAsync();
        var results = items.Select(item => _writer.WriteAsync(new OperationContext(), group, item, w =>
        {
            w.Audit("test.alone", "Test", item.ToString(), null, null);
            return Task.FromResult($"alone {item}");
        }, CancellationToken.None)).ToList();
        gate.SetResult();
        await Task.WhenAll(results.Select(r => r.ContinueWith(_ => { }, TaskScheduler.Default)));
        return results;
    }
}
