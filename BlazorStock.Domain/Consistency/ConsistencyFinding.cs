namespace BlazorStock.Domain.Consistency;

/// <param name="Key">Stable identity of the finding (kind and object), used to repair just this one.</param>
/// <param name="Subject">What the finding is about, in words: "Walnut Desk in MAIN", "unit CAM-X100-0003 of Studio Camera X100".</param>
/// <param name="Expected">For count findings, the value the repair sets.</param>
public sealed record ConsistencyFinding(
    string Key, FindingKind Kind, string ObjectType, string ObjectId, string Subject, string Description, string Repair, bool Repairable = true, int? Expected = null)
{
    public bool IsAboutHold => Kind is FindingKind.OrphanHold or FindingKind.StaleHold;
}
