namespace BlazorStock.Web.Api.Waitlist;

/// <param name="Position">1 = next to be handed freed units; null when this cart (or account) is not waiting.</param>
/// <param name="Waiting">How many carts wait for the product.</param>
public sealed record WaitlistPlaceResponse(int ProductId, int? Position, int? Quantity, int Waiting);
