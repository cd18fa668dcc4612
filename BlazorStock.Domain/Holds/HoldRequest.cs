namespace BlazorStock.Domain.Holds;

/// <summary>
/// Hold <paramref name="Quantity"/> more of a product for an owner. <paramref name="UnitIds"/> picks
/// specific serialized units; <paramref name="NoExpiry"/> is for staff holds that last until released.
/// </summary>
public sealed record HoldRequest(
    HoldOwner Owner,
    int ProductId,
    int Quantity,
    IReadOnlyList<int>? UnitIds = null,
    bool NoExpiry = false);
