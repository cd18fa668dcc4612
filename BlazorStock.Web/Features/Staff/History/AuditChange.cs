using System.Globalization;
using System.Text;
using System.Text.Json;

namespace BlazorStock.Web.Features.Staff.History;

/// <summary>
/// Turns an audit entry's before and after JSON into readable field changes ("Quantity: 2 → 3"), so staff never
/// read raw JSON. Fields that did not change are kept only when the object was created or removed, and then
/// only those with a value.
/// </summary>
public static class AuditChange
{
    public static IReadOnlyList<FieldChange> Describe(string? before, string? after)
    {
        var old = Flatten(before);
        var updated = Flatten(after);
        var names = old.Keys.Concat(updated.Keys).Distinct().ToList();
        var both = before is not null && after is not null;
        return names
            .Select(name => new FieldChange(Humanize(name), old.GetValueOrDefault(name), updated.GetValueOrDefault(name)))
            .Where(change => both ? change.Changed : (change.Before ?? change.After) is not null)
            .ToList();
    }

    /// <summary>"expiresAt" → "Expires at"; a nested "customer.name" → "Customer name".</summary>
    public static string Humanize(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            if (c == '.')
            {
                text.Append(' ');
            }
            else if (char.IsUpper(c) && text.Length > 0 && text[^1] != ' ')
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(text.Length == 0 ? char.ToUpperInvariant(c) : c);
            }
        }

        return text.ToString();
    }

    private static Dictionary<string, string?> Flatten(string? json)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return fields;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            Add(fields, "", document.RootElement);
        }
        catch (JsonException)
        {
            fields["value"] = json;
        }

        return fields;
    }

    private static void Add(Dictionary<string, string?> fields, string prefix, JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                Add(fields, prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}", property.Value);
            }

            return;
        }

        fields[prefix.Length == 0 ? "value" : prefix] = Text(element);
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String when value.TryGetDateTimeOffset(out var at) && value.GetString()!.Length >= 19 =>
            at.UtcDateTime.ToString("d MMM yyyy, HH:mm:ss 'UTC'", CultureInfo.InvariantCulture),
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(Text)),
        _ => value.GetRawText(),
    };
}
