namespace BlazorStock.Domain.Consistency;

public enum FindingKind
{
    /// <summary>A stock level's Reserved differs from what its active and committed holds add up to.</summary>
    ReservedMismatch,

    /// <summary>A unit is Reserved but no active or committed hold has it.</summary>
    UnitWithoutHold,

    /// <summary>An active hold has a unit that is not Reserved.</summary>
    HeldUnitNotReserved,

    /// <summary>A serialized product's on-hand count differs from its units on the shelf.</summary>
    UnitCountMismatch,

    /// <summary>An active hold belongs to an order that is gone or no longer pending.</summary>
    OrphanHold,

    /// <summary>An active shopper or manual hold older than the stale threshold.</summary>
    StaleHold,
}
