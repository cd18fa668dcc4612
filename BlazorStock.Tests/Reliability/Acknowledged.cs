namespace BlazorStock.Tests.Reliability;

/// <summary>
/// Every write the server acknowledged (a 2xx read in full) during a crash run, across all its restarts: the
/// client's record, which the database must honour after every kill (issue 19). Carts are numbered by the
/// client; their ids are sealed in their tokens.
/// </summary>
public sealed class Acknowledged
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, AcknowledgedHold> _holds = [];
    private readonly Dictionary<Guid, AcknowledgedOrder> _orders = [];
    private int _carts;

    public int Extends { get; private set; }

    public int Grows { get; private set; }

    public IReadOnlyList<AcknowledgedHold> Holds
    {
        get
        {
            lock (_gate)
            {
                return [.. _holds.Values];
            }
        }
    }

    public IReadOnlyList<AcknowledgedOrder> Orders
    {
        get
        {
            lock (_gate)
            {
                return [.. _orders.Values];
            }
        }
    }

    public int NewCart() => Interlocked.Increment(ref _carts);

    public void Held(int cart, Guid id, int quantity, DateTimeOffset? expiresAt)
    {
        lock (_gate)
        {
            if (_holds.TryGetValue(id, out var known))
            {
                Grows++;
                _holds[id] = known with { Quantity = Math.Max(known.Quantity, quantity) };
            }
            else
            {
                _holds[id] = new AcknowledgedHold(id, cart, quantity, 0, expiresAt);
            }
        }
    }

    public void Extended(Guid id, DateTimeOffset? expiresAt)
    {
        lock (_gate)
        {
            Extends++;
            var known = _holds[id];
            _holds[id] = known with { Extensions = known.Extensions + 1, ExpiresAt = expiresAt };
        }
    }

    public void CheckedOut(int cart, Guid orderId)
    {
        lock (_gate)
        {
            _orders[orderId] = new AcknowledgedOrder(orderId, cart, _holds.Values.Where(h => h.Cart == cart).Select(h => h.Id).ToList());
        }
    }

    public void Paid(Guid orderId) => Change(orderId, o => o with { Paid = true });

    public void Cancelled(Guid orderId) => Change(orderId, o => o with { Cancelled = true });

    public Guid? PaidOrderToCancel(Random random)
    {
        lock (_gate)
        {
            var paid = _orders.Values.Where(o => o.Paid && !o.Cancelled).ToList();
            return paid.Count == 0 ? null : paid[random.Next(paid.Count)].Id;
        }
    }

    private void Change(Guid orderId, Func<AcknowledgedOrder, AcknowledgedOrder> change)
    {
        lock (_gate)
        {
            _orders[orderId] = change(_orders[orderId]);
        }
    }
}
