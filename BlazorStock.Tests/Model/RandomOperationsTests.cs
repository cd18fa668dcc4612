using BlazorStock.Domain;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Persistence;
using BlazorStock.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Model;

/// <summary>
/// A seeded, replayable sequence of random operations run against the real engine and the
/// <see cref="ReferenceModel"/> side by side: every outcome must agree, and after every step the stored
/// counts must equal the model's and keep 0 ≤ reserved ≤ on hand. A failure names the seed and step.
/// </summary>
public sealed class RandomOperationsTests
{
    private static readonly string[] Carts = ["c1", "c2", "c3", "c4", "c5", "c6"];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, 20261121, 10_000)]
    [InlineData(DatabaseProvider.PostgreSql, 20261121, 10_000)]
    public async Task Random_operations_agree_with_the_reference_model(DatabaseProvider provider, int seed, int steps)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var random = new Random(seed);
        var model = new ReferenceModel { Now = store.Clock.Now };
        var warehouse = await store.CatalogAsync(c => c.CreateWarehouseAsync("ONLY", "Only", CancellationToken.None));
        var desk = await store.ProductAsync("Desk", (warehouse, 12));
        var chair = await store.ProductAsync("Chair", (warehouse, 20));
        var drop = await store.ProductAsync("Drop", d => d with { PerCustomerLimit = 2 }, (warehouse, 8));
        var kit = await store.KitAsync("Bundle", (desk, 1), (chair, 2));
        var camera = await store.SerializedAsync("Camera", warehouse, 6);
        model.Stock[desk.Id] = (12, 0);
        model.Stock[chair.Id] = (20, 0);
        model.Stock[drop.Id] = (8, 0);
        model.Stock[camera.Id] = (6, 0);
        model.Kits[kit.Id] = [(desk.Id, 1), (chair.Id, 2)];
        model.Limits[drop.Id] = 2;
        int[] holdable = [desk.Id, chair.Id, drop.Id, kit.Id, camera.Id];
        int[] adjustable = [desk.Id, chair.Id, drop.Id];
        var counts = new Dictionary<string, int>();

        for (var step = 0; step < steps; step++)
        {
            var where = $"seed {seed}, step {step}";
            var roll = random.Next(100);
            var name = roll switch
            {
                < 30 => "hold",
                < 40 => "change",
                < 48 => "extend",
                < 56 => "release",
                < 66 => "advance",
                < 71 => "expire",
                < 79 => "adjust",
                < 85 => "checkout",
                < 91 => "pay",
                < 96 => "transition",
                _ => "overdue",
            };
            counts[name] = counts.GetValueOrDefault(name) + 1;
            switch (name)
            {
                case "hold":
                {
                    var (cart, product, quantity) = (Pick(random, Carts), Pick(random, holdable), random.Next(1, 4));
                    var real = await Outcome(() => store.HoldAsync(cart, product, quantity));
                    var expected = model.Hold(cart, product, quantity, () => real.Result?.Hold.Id ?? Guid.NewGuid());
                    Assert.True(expected.Error == real.Error, $"{where}: hold {cart}/{product}×{quantity}: model {expected.Error ?? "ok"}, real {real.Error ?? "ok"}");
                    if (real.Error is null)
                    {
                        Assert.True(expected.Created == real.Result!.Created, $"{where}: created differs");
                    }

                    break;
                }

                case "change" when model.Holds.Count > 0:
                {
                    var (hold, quantity) = (Pick(random, model.Holds), random.Next(1, 5));
                    var real = await Outcome(() => store.HoldsAsync(h => h.ChangeQuantityAsync(hold.Id, HoldOwner.Cart(hold.Cart), quantity, CancellationToken.None)));
                    Agree(where, "change", model.ChangeQuantity(hold, quantity), real.Error);
                    break;
                }

                case "extend" when model.Holds.Count > 0:
                {
                    var hold = Pick(random, model.Holds);
                    var real = await Outcome(() => store.HoldsAsync(h => h.ExtendAsync(hold.Id, HoldOwner.Cart(hold.Cart), null, CancellationToken.None)));
                    Agree(where, "extend", model.Extend(hold), real.Error);
                    if (real.Error is null)
                    {
                        Assert.Equal(hold.ExpiresAt, real.Result!.ExpiresAt);
                    }

                    break;
                }

                case "release" when model.Holds.Count > 0:
                {
                    var hold = Pick(random, model.Holds);
                    var real = await Outcome(() => store.HoldsAsync(h => h.ReleaseAsync(hold.Id, HoldOwner.Cart(hold.Cart), CancellationToken.None)));
                    Agree(where, "release", model.Release(hold), real.Error);
                    break;
                }

                case "advance":
                {
                    var by = TimeSpan.FromSeconds(random.Next(0, 7 * 60));
                    store.Clock.Advance(by);
                    model.Now += by;
                    break;
                }

                case "expire":
                {
                    var real = await store.HoldsAsync(h => h.ExpireDueAsync(random.Next(1, 6), CancellationToken.None));
                    var modelExpired = model.ExpireDue();
                    Assert.True(modelExpired == real.HoldsExpired, $"{where}: expired count differs: model {modelExpired}, real {real.HoldsExpired}");
                    break;
                }

                case "adjust":
                {
                    var (product, delta) = (Pick(random, adjustable), random.Next(-4, 6));
                    if (delta == 0)
                    {
                        break;
                    }

                    var real = await Outcome(() => store.StockAsync(s => s.AdjustAsync(product, warehouse.Id, delta, "random count", CancellationToken.None)));
                    Agree(where, "adjust", model.Adjust(product, delta), real.Error);
                    break;
                }

                case "checkout":
                {
                    var cart = Pick(random, Carts);
                    var real = await Outcome(() => store.OrdersAsync(o => o.CheckoutAsync(cart, cart, null, CancellationToken.None)));
                    Agree(where, "checkout", model.Checkout(cart, real.Result?.Id ?? Guid.Empty), real.Error);
                    break;
                }

                case "pay" when model.Orders.Count > 0:
                {
                    var (order, succeed) = (Pick(random, model.Orders), random.Next(5) > 0);
                    var real = await Outcome(() => store.OrdersAsync(o => o.PayAsync(order.Id, order.Cart, succeed, CancellationToken.None)));
                    Agree(where, "pay", model.Pay(order, succeed), real.Error);
                    break;
                }

                case "transition" when model.Orders.Count > 0:
                {
                    var (order, to) = (Pick(random, model.Orders), Pick(random, Enum.GetValues<OrderStatus>()));
                    var real = await Outcome(() => store.OrdersAsync(o => o.TransitionAsync(order.Id, to, "random", CancellationToken.None)));
                    Agree(where, $"transition {order.Status}→{to}", model.Transition(order, to), real.Error);
                    break;
                }

                case "overdue":
                {
                    var real = await store.OrdersAsync(o => o.CancelOverdueAsync(random.Next(1, 4), dryRun: false, CancellationToken.None));
                    Assert.True(model.CancelOverdue() == real.OrdersCancelled, $"{where}: overdue count differs");
                    break;
                }
            }

            var levels = await store.QueryAsync(db => db.StockLevels.AsNoTracking().ToDictionaryAsync(s => s.ProductId));
            foreach (var (product, (onHand, reserved)) in model.Stock)
            {
                var level = levels[product];
                Assert.True(level.OnHand == onHand && level.Reserved == reserved,
                    $"{where} ({name}): product {product} stored {level.OnHand}/{level.Reserved}, model {onHand}/{reserved}");
                Assert.InRange(level.Reserved, 0, level.OnHand);
            }
        }

        var statuses = await store.QueryAsync(db => db.Holds.AsNoTracking().ToDictionaryAsync(h => h.Id, h => h.Status));
        Assert.All(model.Holds, h => Assert.Equal(h.Status, statuses[h.Id]));
        Assert.Empty(await store.ConsistencyAsync(c => c.CheckAsync(CancellationToken.None)));
        Assert.All(counts.Values, c => Assert.True(c > steps / 50, "every kind of operation ran often"));
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static void Agree(string where, string operation, string? expected, string? actual) =>
        Assert.True(expected == actual, $"{where}: {operation}: model {expected ?? "ok"}, real {actual ?? "ok"}");

    private static async Task<(T? Result, string? Error)> Outcome<T>(Func<Task<T>> operation)
    {
        try
        {
            return (await operation(), null);
        }
        catch (DomainException error)
        {
            return (default, error.Code);
        }
    }
}
