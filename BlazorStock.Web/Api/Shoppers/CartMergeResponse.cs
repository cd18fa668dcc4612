using BlazorStock.Domain.Customers;

namespace BlazorStock.Web.Api.Shoppers;

/// <param name="NotMoved">Lines that stayed in the anonymous cart, each with the reason.</param>
public sealed record CartMergeResponse(int Moved, IReadOnlyList<UnmovedLine> NotMoved);
