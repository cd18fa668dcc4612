using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace BlazorStock.Bench;

/// <summary>
/// A minimal SignalR client (JSON protocol over a WebSocket, no negotiation): the .NET SignalR client's
/// dependencies are not in our package feed, and the fan-out measurement needs hundreds of real clients.
/// </summary>
public sealed class HubSocket : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _receiving = Task.CompletedTask;
    private int _invocationId;

    public static async Task<HubSocket> ConnectAsync(Uri hub, Action<string, JsonElement> onInvocation)
    {
        var socket = new HubSocket();
        var uri = new UriBuilder(hub) { Scheme = hub.Scheme == "https" ? "wss" : "ws" }.Uri;
        await socket._socket.ConnectAsync(uri, CancellationToken.None);
        await socket.SendAsync("""{"protocol":"json","version":1}""");
        socket._receiving = socket.ReceiveAsync(onInvocation);
        return socket;
    }

    public Task InvokeAsync(string target, params object[] arguments) =>
        SendAsync(JsonSerializer.Serialize(new { type = 1, target, arguments, invocationId = Interlocked.Increment(ref _invocationId).ToString() }));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (WebSocketException)
        {
        }

        await _receiving.ContinueWith(_ => { }, TaskScheduler.Default);
        _socket.Dispose();
        _stop.Dispose();
    }

    private Task SendAsync(string message) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(message + RecordSeparator), WebSocketMessageType.Text, true, _stop.Token);

    private async Task ReceiveAsync(Action<string, JsonElement> onInvocation)
    {
        var buffer = new byte[16 * 1024];
        var pending = new StringBuilder();
        while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
        {
            var result = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            pending.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            var text = pending.ToString();
            var last = text.LastIndexOf(RecordSeparator);
            if (last < 0)
            {
                continue;
            }

            pending.Clear().Append(text[(last + 1)..]);
            foreach (var frame in text[..last].Split(RecordSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                using var json = JsonDocument.Parse(frame);
                if (json.RootElement.TryGetProperty("type", out var type) && type.GetInt32() == 1)
                {
                    onInvocation(json.RootElement.GetProperty("target").GetString()!, json.RootElement.GetProperty("arguments").Clone());
                }
            }
        }
    }
}
