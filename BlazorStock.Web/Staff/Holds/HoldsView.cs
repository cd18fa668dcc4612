using BlazorStock.Web.Api.Admin;
using BlazorStock.Web.Api.Paging;

namespace BlazorStock.Web.Staff.Holds;

/// <summary>One page of the holds list, ready to render. <see cref="Page"/> is null when the cursor was not valid.</summary>
public sealed record HoldsView(HoldsQuery Query, Page<HoldRow>? Page, DateTimeOffset Now, IReadOnlyDictionary<int, string> WarehouseCodes)
{
    public const int PageSize = 50;

    public string ReturnUrl => "/staff/holds" + Query.ToQueryString();
}
