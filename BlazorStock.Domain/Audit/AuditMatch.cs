namespace BlazorStock.Domain.Audit;

/// <summary>Which audit entries a lookup wants: those of some objects, some references, and objects of one type whose ids start with a prefix.</summary>
public sealed record AuditMatch(IReadOnlyList<string> Keys, string? KeyPrefix = null)
{
    public static AuditMatch Object(string objectType, string objectId) => new([AuditLookup.ObjectKey(objectType, objectId)]);

    public AuditMatch OrObjects(string objectType, IEnumerable<string> objectIds) =>
        this with { Keys = [.. Keys, .. objectIds.Select(id => AuditLookup.ObjectKey(objectType, id))] };

    public AuditMatch OrReference(string reference) => this with { Keys = [.. Keys, AuditLookup.ReferenceKey(reference)] };

    /// <summary>Only one prefix per match: a product's stock levels are the one place that needs it.</summary>
    public AuditMatch OrObjectIdsStartingWith(string objectType, string idPrefix) =>
        KeyPrefix is null ? this with { KeyPrefix = AuditLookup.ObjectKey(objectType, idPrefix) } : throw new InvalidOperationException("A match takes one prefix.");
}
