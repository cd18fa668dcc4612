namespace BlazorStock.Bench.Circuits;

/// <summary>
/// One browser's cookies for one site (the cart cookie, antiforgery's), kept by hand: thousands of
/// shoppers share one HttpClient, which must not keep cookies itself.
/// </summary>
public sealed class BrowserCookies
{
    private readonly Dictionary<string, string> _values = [];

    public string? this[string name] => _values.GetValueOrDefault(name);

    public string Header => string.Join("; ", _values.Select(c => $"{c.Key}={c.Value}"));

    public void Remember(string name, string value) => _values[name] = value;

    public void Remember(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            return;
        }

        foreach (var cookie in cookies)
        {
            var pair = cookie.Split(';', 2)[0];
            var equals = pair.IndexOf('=');
            if (equals > 0)
            {
                _values[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
            }
        }
    }

    public void AddTo(HttpRequestMessage request)
    {
        if (_values.Count > 0)
        {
            request.Headers.Add("Cookie", Header);
        }
    }
}
