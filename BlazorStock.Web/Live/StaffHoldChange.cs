namespace BlazorStock.Web.Live;

/// <summary>A hold changed (any owner); sent to the staff group only, since it names the owner.</summary>
public sealed record StaffHoldChange(string Kind, Guid HoldId, int ProductId, string ProductName, int Quantity, string Status, string OwnerType, DateTimeOffset? ExpiresAt);
