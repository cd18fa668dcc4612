namespace BlazorStock.Domain.Consistency;

/// <param name="Key">Stable identity of the finding (kind and object), used to repair just this one.</param>
/// <param name="Expected">For count findings, the value the repair sets.</param>
public sealed record ConsistencyFinding(string Key, FindingKind Kind, string ObjectType, string ObjectId, string Description, string Repair, bool Repairable = true, int? Expected = null)
{
    public bool IsAboutHold => Kind is FindingKind.OrphanHold or FindingKind.StaleHold;
}
