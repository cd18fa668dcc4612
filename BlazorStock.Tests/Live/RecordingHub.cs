using BlazorStock.Web.Live;
using Microsoft.AspNetCore.SignalR;

namespace BlazorStock.Tests.Live;

/// <summary>A hub context that records which group was sent what, instead of sending.</summary>
public sealed class RecordingHub : IHubContext<StockHub, IStockClient>
{
    public RecordingHub() => Clients = new RecordingClients(this);

    public List<(string Group, string Method, object Payload)> Sent { get; } = [];

    public IHubClients<IStockClient> Clients { get; }

    public IGroupManager Groups => throw new NotSupportedException();

    private sealed class RecordingClients(RecordingHub hub) : IHubClients<IStockClient>
    {
        public IStockClient All => throw new NotSupportedException();

        public IStockClient Group(string groupName) => new Client(hub, groupName);

        public IStockClient Groups(IReadOnlyList<string> groupNames) => new Client(hub, string.Join(",", groupNames));

        public IStockClient AllExcept(IReadOnlyList<string> excludedConnectionIds) => throw new NotSupportedException();

        public IStockClient Client(string connectionId) => throw new NotSupportedException();

        public IStockClient Clients(IReadOnlyList<string> connectionIds) => throw new NotSupportedException();

        public IStockClient GroupExcept(string groupName, IReadOnlyList<string> excludedConnectionIds) => throw new NotSupportedException();

        public IStockClient User(string userId) => throw new NotSupportedException();

        public IStockClient Users(IReadOnlyList<string> userIds) => throw new NotSupportedException();
    }

    private sealed class Client(RecordingHub hub, string group) : IStockClient
    {
        public Task StockChanged(StockChange change) => Record(nameof(StockChanged), change);

        public Task ProductsChanged(int[] productIds) => Record(nameof(ProductsChanged), productIds);

        public Task CartChanged(CartChange change) => Record(nameof(CartChanged), change);

        public Task OrderChanged(OrderChange change) => Record(nameof(OrderChanged), change);


        private Task Record(string method, object payload)
        {
            hub.Sent.Add((group, method, payload));
            return Task.CompletedTask;
        }
    }
}
