using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BlazorStock.Tests.Reliability;

/// <summary>
/// Request bodies and values for the API fuzzer (issue 19), seeded: a plausible value drawn from the
/// endpoint's OpenAPI schema, then more often than not broken on purpose: wrong types, huge and negative
/// numbers, deep nesting, unknown or missing fields, nulls, duplicate keys, oversized strings, not JSON at all.
/// </summary>
public sealed class JsonFuzzer(Random random, JsonElement components, IReadOnlyList<int> productIds, IReadOnlyList<Guid> ids)
{
    private static readonly string[] Texts =
        ["", " ", "a", "Lamp", "<script>alert(1)</script>", "=1+1", "Ünïcödé ✓", "\u0000", "null", "-1", "../../etc/passwd", "%00", "' OR 1=1 --", "\ud83d\ude00"];

    private static readonly JsonNode?[] Oddities =
        [null, true, false, 0, -1, 1.5, 1e308, -1e308, long.MaxValue, long.MinValue, int.MaxValue, int.MinValue, "", "1", "true", new JsonArray(), new JsonObject()];

    public string Text() => random.Next(10) switch
    {
        0 => new string('x', random.Next(200, 5_000)),
        1 => Guid.NewGuid().ToString(),
        _ => Texts[random.Next(Texts.Length)],
    };

    public int Integer() => random.Next(12) switch
    {
        0 => 0,
        1 => -1,
        2 => int.MaxValue,
        3 => int.MinValue,
        4 => random.Next(),
        < 8 => productIds[random.Next(productIds.Count)],
        _ => random.Next(1, 4),
    };

    public Guid Id() => random.Next(3) == 0 ? Guid.NewGuid() : ids[random.Next(ids.Count)];

    /// <summary>A body for <paramref name="schema"/> (null when the endpoint takes none), as text: maybe valid, usually not.</summary>
    public string Body(JsonElement? schema)
    {
        var sample = schema is { } s ? Sample(s, 0) : new JsonObject();
        return random.Next(16) switch
        {
            < 4 => Json(sample),
            4 => Json(Mutate(sample, _ => Oddities[random.Next(Oddities.Length)]?.DeepClone())),
            5 => Json(Mutate(sample, _ => random.Next(2) == 0 ? long.MaxValue : -random.Next(1, 1_000_000))),
            6 => Nested(random.Next(2) == 0 ? random.Next(30, 200) : random.Next(1_000, 30_000)),
            7 => Json(WithUnknownFields(sample)),
            8 => Json(Without(sample)),
            9 => Json(Mutate(sample, _ => null)),
            10 => Garbage(),
            11 => Json(Oddities[random.Next(Oddities.Length)]?.DeepClone()),
            12 => Json(Mutate(sample, _ => new string('y', random.Next(2) == 0 ? 60_000 : 70_000))),
            13 => DuplicateKeys(sample),
            14 => "",
            _ => Json(Mutate(sample, value => value is JsonValue ? JsonValue.Create(value.ToJsonString()) : new JsonArray(value?.DeepClone()))),
        };
    }

    /// <summary>A plausible value for a schema: the fuzzer's starting point before it breaks things.</summary>
    public JsonNode? Sample(JsonElement schema, int depth)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return Sample(components.GetProperty(reference.GetString()!.Split('/')[^1]), depth);
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            var options = values.EnumerateArray().ToList();
            return random.Next(6) == 0 ? JsonValue.Create(Text()) : JsonNode.Parse(options[random.Next(options.Count)].GetRawText());
        }

        var types = schema.TryGetProperty("type", out var type)
            ? type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!]
            : ["object"];
        var chosen = types.Count == 1 ? types[0] : types[random.Next(types.Count)];
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        return chosen switch
        {
            "null" => null,
            "boolean" => random.Next(2) == 0,
            "integer" => Integer(),
            "number" => random.Next(4) == 0 ? -0.01 : Math.Round(random.NextDouble() * 100, 2),
            "string" when format == "uuid" => Id().ToString(),
            "string" when format == "date-time" => DateTimeOffset.UtcNow.AddDays(random.Next(-30, 30)).ToString("O"),
            "string" => Text(),
            "array" when depth < 4 => new JsonArray(Enumerable.Range(0, random.Next(8) == 0 ? random.Next(50, 300) : random.Next(0, 4))
                .Select(_ => schema.TryGetProperty("items", out var items) ? Sample(items, depth + 1) : null).ToArray()),
            "array" => new JsonArray(),
            _ when depth < 4 && schema.TryGetProperty("properties", out var properties) => ObjectOf(schema, properties, depth),
            _ => new JsonObject(),
        };
    }

    private JsonObject ObjectOf(JsonElement schema, JsonElement properties, int depth)
    {
        var required = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(x => x.GetString()).ToHashSet() : [];
        var result = new JsonObject();
        foreach (var property in properties.EnumerateObject())
        {
            if (required.Contains(property.Name) || random.Next(2) == 0)
            {
                result[property.Name] = Sample(property.Value, depth + 1);
            }
        }

        return result;
    }

    /// <summary>Replaces one value somewhere in the sample (or the sample itself) with what <paramref name="replace"/> gives.</summary>
    private JsonNode? Mutate(JsonNode? node, Func<JsonNode?, JsonNode?> replace)
    {
        var slots = new List<(JsonNode Parent, object Key)>();
        Collect(node, slots);
        if (slots.Count == 0)
        {
            return replace(node);
        }

        var (parent, key) = slots[random.Next(slots.Count)];
        if (parent is JsonObject o)
        {
            o[(string)key] = replace(o[(string)key]);
        }
        else if (parent is JsonArray a)
        {
            a[(int)key] = replace(a[(int)key]);
        }

        return node;
    }

    private static void Collect(JsonNode? node, List<(JsonNode, object)> slots)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o.ToList())
                {
                    slots.Add((o, name));
                    Collect(child, slots);
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    slots.Add((a, i));
                    Collect(a[i], slots);
                }

                break;
        }
    }

    private JsonNode? WithUnknownFields(JsonNode? node)
    {
        if (node is JsonObject o)
        {
            foreach (var name in new[] { "id", "status", "ownerId", "reserved", "__proto__", "$type", "Quantity", "quantity " }.OrderBy(_ => random.Next()).Take(3))
            {
                o[name] = Oddities[random.Next(Oddities.Length)]?.DeepClone();
            }
        }

        return node;
    }

    private JsonNode? Without(JsonNode? node)
    {
        if (node is JsonObject { Count: > 0 } o)
        {
            o.Remove(o.ElementAt(random.Next(o.Count)).Key);
        }

        return node;
    }

    private string DuplicateKeys(JsonNode? node)
    {
        var json = Json(node);
        return node is JsonObject { Count: > 0 } o ? json.TrimEnd('}') + $",\"{o.First().Key}\":{Json(Oddities[random.Next(Oddities.Length)]?.DeepClone())}}}" : json;
    }

    private string Nested(int depth) => random.Next(2) == 0
        ? new string('[', depth) + new string(']', depth)
        : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);

    private string Garbage() => random.Next(4) switch
    {
        0 => "{\"productId\": 1, \"quantity\": ",
        1 => "\u00ff\u00fe\u0000{",
        2 => Encoding.Latin1.GetString(Enumerable.Range(0, random.Next(1, 200)).Select(_ => (byte)random.Next(256)).ToArray()),
        _ => "{'single': 'quotes', trailing: [1,2,],}",
    };

    private static string Json(JsonNode? node) => node?.ToJsonString() ?? "null";
}
