using BlazorStock.Domain.Holds;

namespace BlazorStock.Web.Api.Admin;

/// <summary>Which holds to list and in what order; every part is optional. The back office's holds page shows these in its URL.</summary>
/// <param name="ExpiringWithinMinutes">Only active holds whose expiry falls in the next N minutes.</param>
/// <param name="Sort">One of <see cref="HoldQueries.Sorts"/>.</param>
public sealed record HoldFilter(
    HoldStatus? Status = null,
    int? ProductId = null,
    int? WarehouseId = null,
    HoldOwnerType? OwnerType = null,
    int? ExpiringWithinMinutes = null,
    string Sort = "-createdAt");
