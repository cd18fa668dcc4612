using System.Net;
using System.Text.Json;
using BlazorStock.Tests.Api.Security;
using BlazorStock.Tests.Support;

namespace BlazorStock.Tests.Api.OpenApi;

public sealed class OpenApiDocumentTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_document_describes_every_api_endpoint_with_its_responses_and_problem_shapes()
    {
        using var client = factory.Client();
        var document = await ApiAssert.JsonAsync(await client.GetAsync("/openapi/v1.json"), HttpStatusCode.OK);
        var paths = document.GetProperty("paths");

        var missing = new List<string>();
        var incomplete = new List<string>();
        foreach (var endpoint in ApiEndpoints.All(factory.Services))
        {
            var path = System.Text.RegularExpressions.Regex.Replace(endpoint.Pattern, @"\{([^}:]+)(:[^}]+)?\}", "{$1}");
            if (!paths.TryGetProperty(path, out var item) || !item.TryGetProperty(endpoint.Method.ToLowerInvariant(), out var operation))
            {
                missing.Add(endpoint.Name);
                continue;
            }

            var responses = operation.GetProperty("responses").EnumerateObject().ToList();
            var lacks = new List<string>();
            // Success is a 2xx, or for a picture the redirect to where it is served.
            if (!responses.Any(r => r.Name.StartsWith('2') || r.Name == "302"))
            {
                lacks.Add("2xx or 302");
            }

            if (!responses.Any(r => r.Name == "400" && Schema(r.Value) == "#/components/schemas/ProblemDetails"))
            {
                lacks.Add("400 problem details");
            }

            if (endpoint.IsStaff)
            {
                lacks.AddRange(new[] { "401", "403" }.Where(status => responses.All(r => r.Name != status)));
                if (!operation.TryGetProperty("security", out var security) || security[0].EnumerateObject().Single().Name != "Bearer")
                {
                    lacks.Add("Bearer security");
                }
            }

            if (lacks.Count > 0)
            {
                incomplete.Add($"{endpoint.Name} ({string.Join(", ", lacks)})");
            }
        }

        Assert.True(missing.Count == 0, $"Not in the OpenAPI document: {string.Join(", ", missing)}");
        Assert.True(incomplete.Count == 0, $"Described without: {string.Join("; ", incomplete)}");
        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("CartToken", out _));
    }

    [Fact]
    public async Task Error_codes_in_the_contract_are_documented_on_hold_creation()
    {
        using var client = factory.Client();
        var document = await ApiAssert.JsonAsync(await client.GetAsync("/openapi/v1.json"), HttpStatusCode.OK);

        var responses = document.GetProperty("paths").GetProperty("/api/cart/holds").GetProperty("post").GetProperty("responses");

        foreach (var status in new[] { "200", "201", "400", "401", "404", "409", "422", "429" })
        {
            Assert.True(responses.TryGetProperty(status, out _), status);
        }
    }

    private static string? Schema(JsonElement response) =>
        response.TryGetProperty("content", out var content) && content.TryGetProperty("application/problem+json", out var problem)
            ? problem.GetProperty("schema").GetProperty("$ref").GetString()
            : null;
}
