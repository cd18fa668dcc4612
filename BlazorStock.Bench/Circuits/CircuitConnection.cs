using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace BlazorStock.Bench.Circuits;

/// <summary>
/// One browser tab's circuit, without the browser: what blazor.web.js's CircuitManager does over
/// <c>/_blazor</c> (ComponentHub): start the circuit with the prerendered markers and state, acknowledge
/// every render batch, answer JS interop calls, dispatch clicks, ping, and say goodbye on close.
/// </summary>
public sealed class CircuitConnection : IAsyncDisposable
{
    private static readonly BlazorPackProtocol Protocol = new();
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource<string?> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstBatch = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Action<CircuitConnection, RenderBatch, long> _onBatch;
    private readonly PrerenderedPage _page;
    private Task _receiving = Task.CompletedTask;
    private Task _pinging = Task.CompletedTask;
    private long _rendererInterop = -1;
    private int _callId;
    private int _jsObjectId;

    private CircuitConnection(PrerenderedPage page, Action<CircuitConnection, RenderBatch, long> onBatch)
    {
        _page = page;
        _onBatch = onBatch;
    }

    /// <summary>The circuit's secret from <c>StartCircuit</c>, which a closing tab sends to <c>/_blazor/disconnect</c>.</summary>
    public string? Secret { get; private set; }

    /// <summary>Why the circuit failed (the server's <c>JS.Error</c>, a failed event, a binding failure), if it did.</summary>
    public string? Error { get; private set; }

    public int Batches { get; private set; }

    /// <summary>
    /// Loads <paramref name="address"/> with the browser's cookies, then connects its circuit; returns once
    /// the first interactive render batch arrived. <paramref name="onBatch"/> sees every batch and its
    /// arrival (a Stopwatch timestamp) on the receiving loop, before it is acknowledged.
    /// </summary>
    public static async Task<CircuitConnection> OpenAsync(HttpClient http, Uri address, BrowserCookies cookies,
        Action<CircuitConnection, RenderBatch, long> onBatch, CancellationToken cancellationToken)
    {
        var page = await PrerenderedPage.LoadAsync(http, address, cookies, cancellationToken);
        var circuit = new CircuitConnection(page, onBatch);
        try
        {
            await circuit.ConnectAsync(http.BaseAddress!, cookies, cancellationToken);
            return circuit;
        }
        catch
        {
            await circuit.DisposeAsync();
            throw;
        }
    }

    private async Task ConnectAsync(Uri site, BrowserCookies cookies, CancellationToken cancellationToken)
    {
        var hub = new UriBuilder(new Uri(site, "/_blazor")) { Scheme = site.Scheme == "https" ? "wss" : "ws" }.Uri;
        _socket.Options.SetRequestHeader("Cookie", cookies.Header);
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await _socket.ConnectAsync(hub, cancellationToken);
        await _socket.SendAsync(Encoding.UTF8.GetBytes($$"""{"protocol":"{{Protocol.Name}}","version":{{Protocol.Version}}}""" + '\u001e'),
            WebSocketMessageType.Text, true, cancellationToken);
        _receiving = Task.Run(ReceiveAsync, CancellationToken.None);
        _pinging = Task.Run(PingAsync, CancellationToken.None);

        var baseUri = new Uri(site, "/").ToString();
        await SendAsync(new InvocationMessage("0", "StartCircuit", [baseUri, _page.Address.ToString(), "[]", _page.ApplicationState]));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        Secret = await _started.Task.WaitAsync(timeout.Token) ?? throw new InvalidOperationException($"StartCircuit was refused: {Error}");
        await SendAsync(new InvocationMessage("UpdateRootComponents", [_page.AddOperationsJson(), _page.ApplicationState]));
        await _firstBatch.Task.WaitAsync(timeout.Token);
    }

    /// <summary>Dispatches a click on the element whose <c>onclick</c> handler is <paramref name="eventHandlerId"/>, as EventDelegator does.</summary>
    public Task ClickAsync(ulong eventHandlerId)
    {
        if (_rendererInterop < 0)
        {
            throw new InvalidOperationException("The renderer has not attached its interop methods yet.");
        }

        var callId = Interlocked.Increment(ref _callId).ToString(CultureInfo.InvariantCulture);
        var args = JsonSerializer.Serialize(new object[]
        {
            new { eventHandlerId, eventName = "click", eventFieldInfo = (object?)null },
            new { detail = 1, screenX = 0, screenY = 0, clientX = 0, clientY = 0, offsetX = 0, offsetY = 0, pageX = 0, pageY = 0, movementX = 0, movementY = 0, button = 0, buttons = 0, ctrlKey = false, shiftKey = false, altKey = false, metaKey = false, type = "click" },
        });
        return SendAsync(new InvocationMessage("BeginInvokeDotNetFromJS", [callId, null, "DispatchEventAsync", _rendererInterop, args]));
    }

    /// <summary>Closes the tab as a browser does: the unload beacon to <c>/_blazor/disconnect</c>, then the socket.</summary>
    public async Task CloseAsync(HttpClient http)
    {
        if (Secret is not null)
        {
            using var beacon = new MultipartFormDataContent { { new StringContent(Secret), "circuitId" } };
            using var response = await http.PostAsync("/_blazor/disconnect", beacon);
        }

        await DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        await _stop.CancelAsync();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }

        await Task.WhenAll(_receiving, _pinging).ContinueWith(_ => { }, TaskScheduler.Default);
        _socket.Dispose();
    }

    private async Task SendAsync(HubMessage message)
    {
        var bytes = Protocol.GetMessageBytes(message);
        await _sending.WaitAsync(_stop.Token);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Binary, true, _stop.Token);
        }
        finally
        {
            _sending.Release();
        }
    }

    private async Task PingAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                await Task.Delay(KeepAlive, _stop.Token);
                await SendAsync(PingMessage.Instance);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
        }
    }

    private async Task ReceiveAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(8 * 1024);
        var length = 0;
        var handshaken = false;
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var result = await _socket.ReceiveAsync(buffer.AsMemory(length), _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    Fail("The server closed the connection.");
                    return;
                }

                length += result.Count;
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var start = 0;
                if (!handshaken)
                {
                    // The handshake answer is JSON ending in a record separator; an error names itself.
                    var end = Array.IndexOf(buffer, (byte)0x1e, 0, length);
                    if (end < 0)
                    {
                        continue;
                    }

                    var answer = Encoding.UTF8.GetString(buffer, 0, end);
                    if (answer.Contains("\"error\"", StringComparison.Ordinal))
                    {
                        Fail($"Handshake refused: {answer}");
                        return;
                    }

                    handshaken = true;
                    start = end + 1;
                }

                var sequence = new ReadOnlySequence<byte>(buffer, start, length - start);
                while (Protocol.TryParseMessage(ref sequence, CircuitBinder.Instance, out var message))
                {
                    await HandleAsync(message);
                }

                var left = (int)sequence.Length;
                sequence.CopyTo(buffer);
                length = left;
            }
        }
        catch (Exception ex)
        {
            if (!_stop.IsCancellationRequested)
            {
                Fail($"Connection lost: {ex.GetType().Name}: {ex.Message}");
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task HandleAsync(HubMessage message)
    {
        switch (message)
        {
            case InvocationMessage { Target: "JS.RenderBatch", Arguments: [long batchId, byte[] data] }:
                var arrived = Stopwatch.GetTimestamp();
                Batches++;
                _onBatch(this, new RenderBatch(data), arrived);
                await SendAsync(new InvocationMessage("OnRenderCompleted", [batchId, null]));
                _firstBatch.TrySetResult();
                break;
            case InvocationMessage { Target: "JS.BeginInvokeJS", Arguments: [long asyncHandle, string identifier, string argsJson, int resultType, long _, int _] }:
                await AnswerJsAsync(asyncHandle, identifier, argsJson, resultType);
                break;
            case InvocationMessage { Target: "JS.EndInvokeDotNet", Arguments: [string callId, bool succeeded, string result] } when !succeeded:
                Fail($"Call {callId} failed: {result}");
                break;
            case InvocationMessage { Target: "JS.Error", Arguments: [string error] }:
                Fail(error);
                break;
            case CompletionMessage { InvocationId: "0" } completion:
                if (completion.Error is not null)
                {
                    Fail(completion.Error);
                }

                _started.TrySetResult(completion.Result as string);
                break;
            case InvocationBindingFailureMessage failure:
                Fail($"Unexpected message {failure.Target}: {failure.BindingFailure.SourceException.Message}");
                break;
            case CloseMessage close:
                Fail($"Closed by the server: {close.Error}");
                break;
        }
    }

    /// <summary>
    /// Answers the JS calls the page makes as a browser would for what the scenarios need: the renderer's
    /// interop object is remembered (clicks go through it), a module import gets an object reference, and
    /// the two MudBlazor questions a page asks get a browser's answers (its script is loaded, one popover
    /// provider), and every other call succeeds with no value (observers, focus, interception return none).
    /// </summary>
    private async Task AnswerJsAsync(long asyncHandle, string identifier, string argsJson, int resultType)
    {
        if (Environment.GetEnvironmentVariable("BENCH_TRACE_JS") is not null)
        {
            Console.Error.WriteLine($"JS {asyncHandle} {identifier} {resultType} {argsJson[..Math.Min(argsJson.Length, 120)]}");
        }

        if (identifier == "Blazor._internal.attachWebRendererInterop")
        {
            using var args = JsonDocument.Parse(argsJson);
            _rendererInterop = args.RootElement[1].GetProperty("__dotNetObject").GetInt64();
        }

        if (asyncHandle == 0)
        {
            return;
        }

        // JSCallResultType.JSObjectReference = 1.
        object? result = resultType == 1 ? new Dictionary<string, int> { ["__jsObjectId"] = Interlocked.Increment(ref _jsObjectId) } : identifier switch
        {
            "window.hasOwnProperty" => true,
            "mudpopoverHelper.countProviders" => 1,
            _ => null,
        };
        var answer = JsonSerializer.Serialize(new object?[] { asyncHandle, true, result });
        await SendAsync(new InvocationMessage("EndInvokeJSFromDotNet", [asyncHandle, true, answer]));
    }

    private void Fail(string error)
    {
        Error ??= error;
        _started.TrySetResult(null);
        _firstBatch.TrySetException(new InvalidOperationException(error));
    }
}
