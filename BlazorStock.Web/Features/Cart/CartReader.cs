using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Stock;
using Microsoft.EntityFrameworkCore;
using BlazorStock.Web.Live;
using Microsoft.Extensions.Options;

namespace BlazorStock.Web.Features.Cart;

/// <summary>
/// Reads a shopper's cart: their active holds with prices, and the lines that recently left it without the
/// shopper removing them (expired, or released by the shop). Each read takes its own context, so components
/// of one circuit can read at the same time.
/// </summary>
public sealed class CartReader(IDbContextFactory<StockDbContext> contexts, TimeProvider time, IOptions<HoldOptions> options, LiveNotifier live)
{
    /// <summary>How long a line that left keeps being shown as "left your cart".</summary>
    public static readonly TimeSpan EndedNoticeFor = TimeSpan.FromMinutes(10);

    private readonly Lock _gate = new();
    private (string CartId, long Mark, Task<CartView> Read)? _shared;

    /// <summary>
    /// For a live refresh: the cart page and the app bar's cart refresh on the same dispatch, and one read
    /// serves both (a profile of Extend clicks found three cart reads per click, the largest share of their
    /// CPU). A read is shared only if it started after the last dispatch the caller was told of
    /// (<see cref="LiveNotifier.Mark"/>), so it sees that change; after its own write a page calls
    /// <see cref="LoadAsync"/>, whose dispatch may not have come yet.
    /// </summary>
    public Task<CartView> LoadForDispatchAsync(string? cartId)
    {
        if (cartId is null)
        {
            return LoadAsync(null, CancellationToken.None);
        }

        var mark = live.Mark();
        lock (_gate)
        {
            if (_shared is { } shared && shared.CartId == cartId && shared.Mark >= mark && !shared.Read.IsFaulted && !shared.Read.IsCanceled)
            {
                return shared.Read;
            }

            var read = LoadAsync(cartId, CancellationToken.None);
            _shared = (cartId, mark, read);
            return read;
        }
    }

    public async Task<CartView> LoadAsync(string? cartId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (cartId is null)
        {
            return CartView.Empty(now);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var since = now - EndedNoticeFor;
        var owner = HoldOwner.Cart(cartId).ToString();
        var holds = await db.Holds.AsNoTracking()
            .Where(h => h.OwnerType == HoldOwnerType.Cart && h.OwnerId == cartId
                && (h.Status == HoldStatus.Active
                    || (h.Status == HoldStatus.Expired && h.ClosedAt >= since)
                    || (h.Status == HoldStatus.Released && h.ClosedAt >= since && h.ClosedBy != owner)))
            .OrderBy(h => h.CreatedAt)
            .ToListAsync(cancellationToken);
        var productIds = holds.Select(h => h.ProductId).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Include(p => p.Components)
            .Where(p => productIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, cancellationToken);

        var held = holds.Where(h => h.IsUsableAt(now)).ToList();
        var lines = held.Select(h =>
        {
            var product = products[h.ProductId];
            return new CartLineView(h.Id, product.Id, product.Name, product.Sku, product.Price, h.Quantity, h.ExpiresAt ?? DateTimeOffset.MaxValue,
                h.ExtensionsLeft(options.Value), h.ExtensionBlocker(options.Value, now)?.Message, h.FromWaitlist);
        }).ToList();

        // Due but not yet cleaned up counts as expired too: the shopper can no longer use it.
        var ended = holds.Where(h => !h.IsUsableAt(now) && held.All(l => l.ProductId != h.ProductId))
            .GroupBy(h => h.ProductId)
            .Select(g => g.OrderByDescending(h => h.ClosedAt ?? h.ExpiresAt).First())
            .ToList();
        var endedLines = new List<EndedLineView>();
        if (ended.Count > 0)
        {
            var stockIds = ended.SelectMany(h => products[h.ProductId].StockNeeds(1).Select(n => n.ProductId)).Distinct().ToList();
            var free = await StockQueries.AvailableByProductAsync(db, stockIds, cancellationToken);
            endedLines.AddRange(ended.Select(h =>
            {
                var product = products[h.ProductId];
                return new EndedLineView(h.Id, product.Id, product.Name, h.Quantity, product.IsActive ? Math.Max(0, product.AvailableFrom(free)) : 0, WhyEnded(h));
            }));
        }

        return new CartView(cartId, lines, endedLines, now, holds.Any(h => h.Status == HoldStatus.Active && h.IsDueAt(now)));
    }

    private static string WhyEnded(Hold hold) => hold.Status == HoldStatus.Released
        ? $"the shop released it ({hold.CloseReason})"
        : EndedLineView.HoldExpired;
}
