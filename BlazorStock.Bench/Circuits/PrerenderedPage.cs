using System.Text.Json;
using System.Text.RegularExpressions;

namespace BlazorStock.Bench.Circuits;

/// <summary>
/// What blazor.web.js reads from a prerendered document before it starts a circuit: the server component
/// markers (<c>&lt;!--Blazor:{"type":"server",…}--&gt;</c>, each with its protected descriptor, sequence
/// and key) and the persisted component state (<c>&lt;!--Blazor-Server-Component-State:…--&gt;</c>).
/// </summary>
public sealed partial record PrerenderedPage(Uri Address, IReadOnlyList<JsonElement> Markers, string ApplicationState)
{
    public static async Task<PrerenderedPage> LoadAsync(HttpClient http, Uri address, BrowserCookies cookies, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        cookies.AddTo(request);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        cookies.Remember(response);
        return Parse(address, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    public static PrerenderedPage Parse(Uri address, string html)
    {
        var markers = Marker().Matches(html)
            .Select(m => JsonDocument.Parse(m.Groups[1].Value).RootElement)
            .Where(m => m.TryGetProperty("type", out var type) && type.GetString() == "server")
            .OrderBy(m => m.GetProperty("sequence").GetInt32())
            .ToList();
        var state = State().Match(html);
        return new PrerenderedPage(address, markers, state.Success ? state.Groups[1].Value : "");
    }

    /// <summary>The <c>UpdateRootComponents</c> batch that adds every marked component, as WebRootComponentManager.ts sends it.</summary>
    public string AddOperationsJson() => JsonSerializer.Serialize(new
    {
        batchId = 1,
        operations = Markers.Select((marker, i) => new { type = "add", ssrComponentId = i + 1, marker }),
    });

    [GeneratedRegex(@"<!--Blazor:(\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex Marker();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:([A-Za-z0-9+/=_-]+)-->")]
    private static partial Regex State();
}
