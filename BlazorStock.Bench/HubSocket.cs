using System.Collections.Concurrent;
using System.Globalization;
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
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _invocations = new();
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

    /// <summary>
    /// Invokes a hub method and waits for its completion: returning once the message was only sent let a
    /// scenario start before the server had run it (a client not yet in its product's group missed changes
    /// when the machine was busy).
    /// </summary>
    public async Task InvokeAsync(string target, params object[] arguments)
    {
        var invocationId = Interlocked.Increment(ref _invocationId).ToString(CultureInfo.InvariantCulture);
        var completion = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _invocations[invocationId] = completion;
        await SendAsync(JsonSerializer.Serialize(new { type = 1, target, arguments, invocationId }));
        await completion.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

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
                var message = json.RootElement;
                switch (message.TryGetProperty("type", out var type) ? type.GetInt32() : 0)
                {
                    case 1:
                        onInvocation(message.GetProperty("target").GetString()!, message.GetProperty("arguments").Clone());
                        break;
                    case 3 when _invocations.TryRemove(message.GetProperty("invocationId").GetString()!, out var completion):
                        if (message.TryGetProperty("error", out var error))
                        {
                            completion.SetException(new InvalidOperationException($"Hub invocation failed: {error.GetString()}"));
                        }
                        else
                        {
                            completion.SetResult();
                        }

                        break;
                }
            }
        }
    }
}
