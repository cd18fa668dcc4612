using BlazorStock.Domain.Customers;
using Microsoft.Extensions.Caching.Memory;

namespace BlazorStock.Web.Shoppers.Account;

/// <summary>
/// What a sign-in could not move into the account's cart, kept for the cart page the browser is sent to next
/// (a redirect carries only an id; the lines and reasons stay on the server, readable only by that account).
/// </summary>
public sealed class MergeNotices : IDisposable
{
    private static readonly MemoryCacheEntryOptions Kept = new() { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(15) };
    private readonly MemoryCache _notices = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    public string Keep(string customerId, IReadOnlyList<UnmovedLine> lines)
    {
        var id = Guid.NewGuid().ToString("N");
        _notices.Set(id, (customerId, lines), Kept);
        return id;
    }

    public IReadOnlyList<UnmovedLine> Find(string? id, string? customerId) =>
        id is not null && customerId is not null && _notices.TryGetValue(id, out (string CustomerId, IReadOnlyList<UnmovedLine> Lines) notice) && notice.CustomerId == customerId
            ? notice.Lines
            : [];

    public void Dispose() => _notices.Dispose();
}
