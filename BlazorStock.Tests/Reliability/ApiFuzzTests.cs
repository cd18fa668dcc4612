using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using BlazorStock.Domain.Consistency;
using BlazorStock.Tests.Api.Security;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Api.Carts;
using BlazorStock.Web.Carts;
using BlazorStock.Web.Staff;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace BlazorStock.Tests.Reliability;

/// <summary>
/// A seeded fuzzer against every /api endpoint the app routes (issue 19): mutated bodies from each endpoint's
/// OpenAPI schema, bad route and query values, forged and oversized credentials, odd content types, Accept
/// headers and idempotency keys. No answer may be a 5xx, every 4xx must be problem details, and the stock
/// must add up afterwards. <c>BLAZORSTOCK_FUZZ_REQUESTS</c> and <c>BLAZORSTOCK_FUZZ_SEED</c> change the run.
/// </summary>
public sealed partial class ApiFuzzTests(ITestOutputHelper output)
{
    private const int Workers = 4;

    private static readonly string[] ContentTypes =
        ["text/plain", "application/x-www-form-urlencoded", "application/json; charset=utf-16", "multipart/form-data; boundary=x", "application/xml", "application/jsonx"];

    private static readonly string[] Accepts = ["text/html", "application/xml", "*/*", "application/problem+json", "image/png", "text/plain; q=0.1"];

    [Fact]
    public async Task Ten_thousand_hostile_requests_to_every_api_endpoint_get_no_5xx_only_problem_details_and_leave_the_stock_adding_up()
    {
        var total = int.TryParse(Environment.GetEnvironmentVariable("BLAZORSTOCK_FUZZ_REQUESTS"), out var asked) ? asked : 10_000;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("BLAZORSTOCK_FUZZ_SEED"), out var given) ? given : Random.Shared.Next();
        await using var factory = new ApiFactory();
        factory.Settings["RateLimits:HoldsPerCartPerMinute"] = "0";
        var logs = new CapturedLogs();
        factory.TestServices = services => services.AddSingleton<ILoggerProvider>(logs);
        var world = await WorldAsync(factory);
        using var client = factory.Client();
        var openApi = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var endpoints = ApiEndpoints.All(factory.Services);
        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            var random = new Random(seed + worker);
            var fuzzer = new JsonFuzzer(random, openApi.GetProperty("components").GetProperty("schemas"), world.Products, world.Ids);
            using var http = factory.Client();
            for (var i = worker; i < total; i += Workers)
            {
                var endpoint = endpoints[random.Next(endpoints.Count)];
                using var request = Build(endpoint, Operation(openApi, endpoint), fuzzer, random, world);
                var described = Describe(i, seed, request);
                using var response = await http.SendAsync(request);
                var problem = await ProblemAsync(response);
                lock (statuses)
                {
                    statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
                    if (problem is not null)
                    {
                        failures.Add($"{described}: {problem}");
                    }
                }
            }
        })));

        output.WriteLine($"{total} requests (seed {seed}) over {endpoints.Count} endpoints in {clock.Elapsed.TotalSeconds:0.0} s: " +
            string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Value} × {s.Key}")));
        Assert.True(failures.Count == 0, $"{failures.Count} bad answers:\n{string.Join('\n', failures.Take(15))}\nErrors logged:\n" +
            string.Join('\n', logs.Entries.Where(e => e.Level >= LogLevel.Error).Take(5).Select(e => e.Message[..Math.Min(e.Message.Length, 1_500)])));

        var findings = await factory.RunAsync<ConsistencyService, List<ConsistencyFinding>>(c => c.CheckAsync(CancellationToken.None));
        Assert.True(findings.Count == 0, string.Join('\n', findings.Select(f => $"{f.Kind} {f.ObjectType} {f.ObjectId}: {f.Description}")));
        Assert.Empty(await StoredState.ProblemsAsync(factory.DatabasePath));
        // Still serving: a product the fuzzer never saw (it may have retired the others) can be held.
        var fresh = await factory.ProductAsync(5);
        using var shopper = await factory.CartClientAsync();
        await ApiAssert.JsonAsync(await shopper.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(fresh.Id, 1)), System.Net.HttpStatusCode.Created);
    }

    /// <summary>Enough of a request to find it again: its number and seed, method, start of the URL, and the headers that change answers.</summary>
    private static string Describe(int index, int seed, HttpRequestMessage request)
    {
        var url = request.RequestUri!.ToString();
        var accept = request.Headers.NonValidated.TryGetValues("Accept", out var a) ? $" Accept: {a}" : "";
        var type = request.Content?.Headers.ContentType is { } t ? $" Content-Type: {t}" : "";
        return $"#{index} (seed {seed}) {request.Method} {url[..Math.Min(url.Length, 150)]}{accept}{type}";
    }

    /// <summary>What is wrong with an answer: a 5xx, or a 4xx that is not problem details with its status and a title.</summary>
    private static async Task<string?> ProblemAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (status >= 500)
        {
            return $"{status}: {body[..Math.Min(body.Length, 500)]}";
        }

        if (status < 400)
        {
            return null;
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"{status} as {response.Content.Headers.ContentType?.ToString() ?? "no content type"}: {body[..Math.Min(body.Length, 200)]}";
        }

        try
        {
            var problem = JsonDocument.Parse(body).RootElement;
            return problem.TryGetProperty("status", out var s) && s.GetInt32() == status && problem.TryGetProperty("title", out var t) && t.GetString() is { Length: > 0 }
                ? null
                : $"{status} problem without its status and title: {body[..Math.Min(body.Length, 300)]}";
        }
        catch (JsonException)
        {
            return $"{status} problem that is not JSON: {body[..Math.Min(body.Length, 200)]}";
        }
    }

    private static HttpRequestMessage Build(ApiEndpoint endpoint, JsonElement? operation, JsonFuzzer fuzzer, Random random, FuzzWorld world)
    {
        var path = RouteValue().Replace(endpoint.Pattern, m => UrlPart((m.Groups[1].Value, random.Next(10)) switch
        {
            ("guid", < 7) => fuzzer.Id().ToString(),
            ("int", < 7) => fuzzer.Integer().ToString(),
            _ => fuzzer.Text() is { Length: > 0 } text ? text : "x",
        }));
        var query = new List<string>();
        foreach (var parameter in Parameters(operation, "query"))
        {
            if (random.Next(2) == 0)
            {
                var value = random.Next(3) == 0 ? fuzzer.Text() : fuzzer.Sample(parameter.GetProperty("schema"), 0)?.ToString() ?? "";
                query.Add($"{parameter.GetProperty("name").GetString()}={UrlPart(value)}");
            }
        }

        if (random.Next(10) == 0)
        {
            query.Add($"{UrlPart(fuzzer.Text())}={UrlPart(fuzzer.Text())}");
        }

        var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), path + (query.Count > 0 ? "?" + string.Join('&', query) : ""));
        var schema = operation is { } op && op.TryGetProperty("requestBody", out var body)
            ? body.GetProperty("content").EnumerateObject().First().Value.GetProperty("schema")
            : (JsonElement?)null;
        if (schema is not null || random.Next(6) == 0)
        {
            request.Content = new StringContent(fuzzer.Body(schema), Encoding.UTF8);
            request.Content.Headers.ContentType = random.Next(6) == 0
                ? MediaTypeHeaderValue.TryParse(ContentTypes[random.Next(ContentTypes.Length)], out var odd) ? odd : null
                : new MediaTypeHeaderValue("application/json");
        }

        Headers(request, fuzzer, random, world);
        return request;
    }

    /// <summary>Escaped for a URL. NUL is left out: the in-process server refuses it before the app (Kestrel answers 400).</summary>
    private static string UrlPart(string value) => Uri.EscapeDataString(value.Replace("\0", "", StringComparison.Ordinal));

    private static void Headers(HttpRequestMessage request, JsonFuzzer fuzzer, Random random, FuzzWorld world)
    {
        var headers = request.Headers;
        switch (random.Next(12))
        {
            case < 6:
                headers.Authorization = new AuthenticationHeaderValue("Bearer", world.AdminToken);
                break;
            case < 8:
                headers.Authorization = new AuthenticationHeaderValue("Bearer", world.StaffToken);
                break;
            case 8:
                headers.TryAddWithoutValidation("Authorization", "Bearer " + fuzzer.Text());
                break;
            case 9:
                headers.TryAddWithoutValidation("Authorization", random.Next(2) == 0 ? "Basic YWRtaW46YWRtaW4=" : fuzzer.Text());
                break;
        }

        switch (random.Next(20))
        {
            case < 12:
                headers.TryAddWithoutValidation(CartIdentity.Header, world.CartTokens[random.Next(world.CartTokens.Count)]);
                break;
            case < 14:
                headers.TryAddWithoutValidation(CartIdentity.Header, fuzzer.Text());
                break;
            case 14:
                headers.TryAddWithoutValidation(CartIdentity.Header, new string('A', 600));
                break;
        }

        switch (random.Next(30))
        {
            case < 6:
                headers.TryAddWithoutValidation("Idempotency-Key", Guid.NewGuid().ToString());
                break;
            case 6:
                headers.TryAddWithoutValidation("Idempotency-Key", "has spaces in it");
                break;
            case 7:
                headers.TryAddWithoutValidation("Idempotency-Key", new string('k', 300));
                break;
            case 8:
                headers.TryAddWithoutValidation("Idempotency-Key", "ключ");
                break;
        }

        if (random.Next(10) == 0)
        {
            headers.TryAddWithoutValidation("X-Request-Id", fuzzer.Text());
        }

        if (random.Next(7) == 0)
        {
            headers.TryAddWithoutValidation("Accept", Accepts[random.Next(Accepts.Length)]);
        }

        if (random.Next(15) == 0)
        {
            headers.TryAddWithoutValidation("Cookie", random.Next(2) == 0 ? world.StaffCookie : $"{CartIdentity.CookieName}={fuzzer.Text()}");
        }
    }

    /// <summary>The endpoint's operation in the OpenAPI document (route constraints dropped), if it is described.</summary>
    private static JsonElement? Operation(JsonElement openApi, ApiEndpoint endpoint) =>
        openApi.GetProperty("paths").TryGetProperty(Constraint().Replace(endpoint.Pattern, "{$1}"), out var path)
        && path.TryGetProperty(endpoint.Method.ToLowerInvariant(), out var operation) ? operation : null;

    private static IEnumerable<JsonElement> Parameters(JsonElement? operation, string where) =>
        operation is { } op && op.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == where)
            : [];

    /// <summary>Products, holds, an order and credentials to aim at, so many requests get past validation to the domain.</summary>
    private static async Task<FuzzWorld> WorldAsync(ApiFactory factory)
    {
        var products = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            products.Add((await factory.ProductAsync(1_000)).Id);
        }

        var ids = new List<Guid>();
        var carts = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var token = await factory.CartTokenAsync();
            carts.Add(token);
            using var cart = factory.Client();
            cart.DefaultRequestHeaders.Add(CartIdentity.Header, token);
            ids.Add((await ApiAssert.JsonAsync(await cart.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(products[i], 2)), System.Net.HttpStatusCode.Created)).GetProperty("id").GetGuid());
            if (i == 0)
            {
                ids.Add((await ApiAssert.JsonAsync(await cart.PostAsJsonAsync("/api/cart/checkout", new CheckoutRequest("Fuzz")), System.Net.HttpStatusCode.Created)).GetProperty("orderId").GetGuid());
            }
        }

        var admin = await factory.TokenAsync(StaffSeeder.AdminEmail, ApiFactory.AdminPassword);
        using (var staff = factory.BearerClient(admin))
        {
            var order = await staff.PostAsJsonAsync("/api/orders", new { customer = "Fuzz staff", lines = new[] { new { productId = products[1], quantity = 1 } }, reserve = true });
            ids.Add((await ApiAssert.JsonAsync(order, System.Net.HttpStatusCode.Created)).GetProperty("id").GetGuid());
        }

        return new FuzzWorld(products, ids, carts, admin, await factory.TokenAsync(StaffSeeder.StaffEmail, ApiFactory.StaffPassword), await factory.StaffCookieAsync(StaffSeeder.AdminEmail));
    }

    [GeneratedRegex(@"\{[^}:]+(?::([a-z]+))?\}")]
    private static partial Regex RouteValue();

    [GeneratedRegex(@"\{([^}:]+):[^}]+\}")]
    private static partial Regex Constraint();
}
