namespace BlazorStock.Web.Features.Catalog;

/// <summary>What happened when a shopper added a product: a message, and after a refusal for lack of stock how many could be held instead.</summary>
public sealed record AddOutcome(string Message, bool IsError, int Offer);
