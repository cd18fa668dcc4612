namespace BlazorStock.Domain.Holds;

/// <summary>
/// Hold <paramref name="Quantity"/> more of a product for an owner. <paramref name="UnitIds"/> picks
/// specific serialized units; <paramref name="NoExpiry"/> is for staff holds that last until released.
/// <paramref name="ClientAddress"/> is where a shopper asked from (the operation's, when left out);
/// <paramref name="CustomerId"/> the signed-in shopper asking (per-customer limits count per account).
/// </summary>
public sealed record HoldRequest(
    HoldOwner Owner,
    int ProductId,
    int Quantity,
    IReadOnlyList<int>? UnitIds = null,
    bool NoExpiry = false,
    string? ClientAddress = null,
    string? CustomerId = null);
