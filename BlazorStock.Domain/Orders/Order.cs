using System.Linq.Expressions;

namespace BlazorStock.Domain.Orders;

public sealed class Order
{
    /// <summary>The longest customer name an order keeps.</summary>
    public const int MaxCustomerLength = 200;

    /// <summary>Why <paramref name="customer"/> cannot name an order, or null; staff orders must name one, a shopper may leave it blank.</summary>
    public static string? CustomerProblem(string? customer, bool required) =>
        required && string.IsNullOrWhiteSpace(customer) ? "A customer name is required."
        : (customer?.Trim().Length ?? 0) > MaxCustomerLength ? $"A customer name is at most {MaxCustomerLength} characters."
        : null;

    /// <summary>The most one line of a staff order may ask for: counts stay far from overflowing, kits' parts included.</summary>
    public const int MaxLineQuantity = 1_000_000;

    /// <summary>The longest payment reference (an invoice or transfer number) staff can record.</summary>
    public const int MaxPaymentReferenceLength = 100;

    /// <summary>What is wrong with a payment reference staff enter, or null when it will do.</summary>
    public static string? PaymentReferenceProblem(string? reference) =>
        string.IsNullOrWhiteSpace(reference) || reference.Trim().Length > MaxPaymentReferenceLength
            ? $"A payment reference is required (at most {MaxPaymentReferenceLength} characters)."
            : null;

    /// <summary>The name an order keeps once its shopper deleted their account.</summary>
    public const string AnonymisedCustomer = "Deleted account";

    private readonly List<OrderLine> _lines = [];

    private Order()
    {
    }

    internal Order(string customer, string? cartId, DateTimeOffset now, DateTimeOffset? paymentDueAt, string? customerId = null)
    {
        CustomerId = customerId;
        Id = Guid.NewGuid();
        Customer = customer;
        CartId = cartId;
        Status = OrderStatus.Pending;
        PaymentStatus = PaymentStatus.Unpaid;
        CreatedAt = now;
        UpdatedAt = now;
        PaymentDueAt = paymentDueAt;
    }

    public Guid Id { get; private set; }

    public string Customer { get; private set; } = "";

    /// <summary>The shopper's cart the order came from; null for orders staff created.</summary>
    public string? CartId { get; private set; }

    /// <summary>The signed-in shopper's account (an opaque id) it was placed from, so My orders finds it on any device.</summary>
    public string? CustomerId { get; private set; }

    public OrderStatus Status { get; private set; }

    public PaymentStatus PaymentStatus { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? PaymentDueAt { get; private set; }

    /// <summary>What staff recorded a payment under (an invoice or transfer number); null for shopper payments.</summary>
    public string? PaymentReference { get; private set; }

    public decimal Total { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<OrderLine> Lines => _lines;

    /// <summary>The moves the domain would make now: the state machine's, less those its payment status forbids.</summary>
    public IReadOnlyList<OrderStatus> NextStatuses => OrderTransitions.Next(Status, PaymentStatus);

    /// <summary>Whether staff can record a payment for it (a shopper's order only until its payment deadline).</summary>
    public bool AwaitsPayment => AwaitsPaymentIn(Status, PaymentStatus);

    /// <summary><see cref="AwaitsPayment"/> for a list row that has only the two states.</summary>
    public static bool AwaitsPaymentIn(OrderStatus status, PaymentStatus payment) =>
        payment == PaymentStatus.Unpaid && status != OrderStatus.Cancelled;

    /// <summary>Whether its shopper can pay it now, which confirms it (<see cref="OrderService.PayAsync"/>).</summary>
    public bool AwaitsCheckoutPayment => AwaitsCheckoutPaymentIn(Status, PaymentStatus);

    /// <summary><see cref="AwaitsCheckoutPayment"/> for a list row that has only the two states.</summary>
    public static bool AwaitsCheckoutPaymentIn(OrderStatus status, PaymentStatus payment) =>
        status == OrderStatus.Pending && payment == PaymentStatus.Unpaid;

    public bool IsOverdueAt(DateTimeOffset now) => AwaitsCheckoutPayment && PaymentDueAt is { } due && due <= now;

    /// <summary><see cref="IsOverdueAt"/> as a query the database runs.</summary>
    internal static Expression<Func<Order, bool>> OverdueAt(DateTimeOffset now) =>
        o => o.Status == OrderStatus.Pending && o.PaymentStatus == PaymentStatus.Unpaid && o.PaymentDueAt != null && o.PaymentDueAt <= now;

    internal void AddLine(int productId, string sku, string name, int quantity, decimal unitPrice)
    {
        _lines.Add(new OrderLine(productId, sku, name, quantity, unitPrice));
        Total = _lines.Sum(l => l.LineTotal);
    }

    /// <summary>A shopper's payment: only a pending order, before its deadline; confirming follows.</summary>
    /// <summary>Its shopper deleted their account: the order stays (stock, payments and reports need it) without naming them.</summary>
    internal void Anonymise(DateTimeOffset now)
    {
        Customer = AnonymisedCustomer;
        CustomerId = null;
        CartId = null;
        UpdatedAt = now;
        Version++;
    }

    internal void MarkPaid(DateTimeOffset now)
    {
        if (PaymentStatus == PaymentStatus.Paid)
        {
            throw AlreadyPaid();
        }

        if (Status != OrderStatus.Pending)
        {
            throw InvalidTransition(OrderStatus.Confirmed);
        }

        Pay(null, now);
    }

    /// <summary>
    /// A payment staff received (invoice, transfer). The order keeps its status: confirming, which commits
    /// the stock and needs the order fully held, is the next step. Also settles an order moved on unpaid
    /// before payment was required.
    /// </summary>
    internal void RecordPayment(string reference, DateTimeOffset now)
    {
        if (Status == OrderStatus.Cancelled)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, "A cancelled order cannot be paid.");
        }

        if (PaymentStatus == PaymentStatus.Paid)
        {
            throw AlreadyPaid();
        }

        Pay(reference, now);
    }

    internal void EnsureCanMove(OrderStatus to)
    {
        if (!OrderTransitions.CanMove(Status, to))
        {
            throw InvalidTransition(to);
        }

        if (!OrderTransitions.PaymentAllows(to, PaymentStatus))
        {
            throw PaymentRequired(to);
        }
    }

    /// <summary>Cancelling a paid order refunds it: the stock it bought goes back on sale.</summary>
    internal void TransitionTo(OrderStatus status, DateTimeOffset now)
    {
        EnsureCanMove(status);
        if (status == OrderStatus.Cancelled && PaymentStatus == PaymentStatus.Paid)
        {
            PaymentStatus = PaymentStatus.Refunded;
        }

        Status = status;
        Touch(now);
    }

    private void Pay(string? reference, DateTimeOffset now)
    {
        if (PaymentDueAt is { } due && due <= now)
        {
            throw new DomainException(ErrorCodes.PaymentWindowClosed, "The payment window for this order has closed; its items were released.");
        }

        PaymentStatus = PaymentStatus.Paid;
        PaymentReference = reference;
        Touch(now);
    }

    private static DomainException AlreadyPaid() => new(ErrorCodes.AlreadyPaid, "This order is already paid.");

    private DomainException PaymentRequired(OrderStatus to)
    {
        var move = to switch
        {
            OrderStatus.Shipped => "ship",
            OrderStatus.Confirmed => "be confirmed",
            OrderStatus.Processing => "be processed",
            OrderStatus.Delivered => "be delivered",
            _ => $"become {to}",
        };
        return new DomainException(
            ErrorCodes.PaymentRequired,
            $"An unpaid order cannot {move}; record its payment first.",
            new Dictionary<string, object?>
            {
                ["from"] = Status.ToString(), ["to"] = to.ToString(), ["paymentStatus"] = PaymentStatus.ToString(),
                ["allowed"] = NextStatuses.Select(s => s.ToString()).ToArray(),
            });
    }

    private DomainException InvalidTransition(OrderStatus to)
    {
        var allowed = NextStatuses.Count == 0 ? "none" : string.Join(", ", NextStatuses);
        return new DomainException(
            ErrorCodes.InvalidTransition,
            $"An order that is {Status} cannot become {to}. Allowed next: {allowed}.",
            new Dictionary<string, object?> { ["from"] = Status.ToString(), ["to"] = to.ToString(), ["allowed"] = NextStatuses.Select(s => s.ToString()).ToArray() });
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}
