namespace BlazorStock.Domain;

public static class ErrorCodes
{
    public const string InsufficientStock = "insufficient_stock";
    public const string LimitExceeded = "limit_exceeded";
    public const string InvalidQuantity = "invalid_quantity";
    public const string ProductNotFound = "product_not_found";
    public const string ProductInactive = "product_inactive";
    public const string WarehouseNotFound = "warehouse_not_found";
    public const string HoldNotFound = "hold_not_found";
    public const string HoldExpired = "hold_expired";
    public const string HoldNotActive = "hold_not_active";
    public const string ExtensionLimit = "extension_limit";
    public const string HoldMaxAge = "hold_max_age";
    public const string HoldNotExtendable = "hold_not_extendable";
    public const string UnitNotFound = "unit_not_found";
    public const string UnitUnavailable = "unit_unavailable";
    public const string InvalidTransition = "invalid_transition";
    public const string OrderNotFound = "order_not_found";
    public const string InvalidHolds = "invalid_holds";
    public const string EmptyCart = "empty_cart";
    public const string PaymentDeclined = "payment_declined";
    public const string PaymentWindowClosed = "payment_window_closed";
    public const string AlreadyPaid = "already_paid";
    public const string PaymentRequired = "payment_required";
    public const string InvalidPaymentReference = "invalid_payment_reference";
    public const string StockBelowReserved = "stock_below_reserved";
    public const string DuplicateSku = "duplicate_sku";
    public const string DuplicateSerial = "duplicate_serial";
    public const string InvalidKit = "invalid_kit";
    public const string InvalidProduct = "invalid_product";
    public const string ConcurrencyConflict = "concurrency_conflict";
    public const string InconsistentStock = "inconsistent_stock";
    public const string InvalidImage = "invalid_image";
    public const string InvalidReason = "invalid_reason";

    public const string InvalidCustomer = "invalid_customer";

    public const string AddressLimitExceeded = "address_limit_exceeded";

    public const string DropNotOpen = "drop_not_open";

    public const string SignInRequired = "sign_in_required";

    public const string AlreadyWaiting = "already_waiting";

    public const string NotSoldOut = "not_sold_out";

    public const string WaitlistEntryNotFound = "waitlist_entry_not_found";

    /// <summary>The database (or its disk) is full: nothing was saved; a retry after space returns succeeds (issue 19).</summary>
    public const string StorageFull = "storage_full";

    /// <summary>The write path is stalled or stopped: the write was not attempted (issue 19).</summary>
    public const string WritesUnavailable = "writes_unavailable";
}
