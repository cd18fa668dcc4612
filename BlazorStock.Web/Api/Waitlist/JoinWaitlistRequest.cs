namespace BlazorStock.Web.Api.Waitlist;

public sealed record JoinWaitlistRequest(int ProductId, int Quantity = 1);
