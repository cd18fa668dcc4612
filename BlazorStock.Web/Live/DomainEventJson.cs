using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BlazorStock.Domain;

namespace BlazorStock.Web.Live;

/// <summary>
/// Domain events as JSON for another app server: every concrete event type of the domain, found by
/// reflection so a new event crosses servers without being listed here, tagged with its type's name.
/// </summary>
public static class DomainEventJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { AddEventTypes } },
    };

    public static string Serialize(DomainEvent domainEvent) => JsonSerializer.Serialize(domainEvent, Options);

    public static List<DomainEvent> Deserialize(string json) => JsonSerializer.Deserialize<List<DomainEvent>>(json, Options) ?? [];

    private static void AddEventTypes(JsonTypeInfo info)
    {
        if (info.Type != typeof(DomainEvent))
        {
            return;
        }

        info.PolymorphismOptions = new JsonPolymorphismOptions { UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization };
        foreach (var type in typeof(DomainEvent).Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsClass: true } && t.IsAssignableTo(typeof(DomainEvent))).OrderBy(t => t.Name))
        {
            info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(type, type.Name));
        }
    }
}
