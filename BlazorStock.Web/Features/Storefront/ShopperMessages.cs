using BlazorStock.Domain;
using BlazorStock.Domain.Stock;

namespace BlazorStock.Web.Features.Storefront;

/// <summary>
/// Shopper-facing wording for domain refusals. Redirects without JavaScript carry only the code
/// (<c>?problem=</c>), never text, so a link cannot make the page say something we did not write.
/// </summary>
public static class ShopperMessages
{
    public static string For(DomainException error) => error.Code switch
    {
        ErrorCodes.InsufficientStock => NotEnough(error.Details.GetValueOrDefault("available") as int? ?? 0, error.Details.GetValueOrDefault("shortComponents") as IReadOnlyList<ComponentShortfall>),
        ErrorCodes.LimitExceeded => error.Message,
        ErrorCodes.DropNotOpen => error.Message,
        ErrorCodes.AlreadyWaiting or ErrorCodes.NotSoldOut => error.Message,
        ErrorCodes.InvalidQuantity => error.Message,
        ErrorCodes.ExtensionLimit or ErrorCodes.HoldMaxAge => error.Message,
        _ => ForCode(error.Code),
    };

    public static string ForCode(string? code) => code switch
    {
        ErrorCodes.InsufficientStock => "Not enough left to hold that many.",
        ErrorCodes.LimitExceeded => "That is more than one customer may buy.",
        ErrorCodes.InvalidQuantity => "Choose a quantity of at least 1.",
        ErrorCodes.ProductNotFound or ErrorCodes.ProductInactive => "That product is not for sale.",
        ErrorCodes.HoldNotFound => "That item is not in your cart.",
        ErrorCodes.HoldExpired => "Your hold on that item expired; it is no longer reserved for you.",
        ErrorCodes.HoldNotActive => "That item is no longer held in your cart.",
        ErrorCodes.ExtensionLimit => "This hold cannot be extended again.",
        ErrorCodes.HoldMaxAge => "This hold has reached the longest time an item can be held.",
        ErrorCodes.EmptyCart => "Your cart is empty.",
        ErrorCodes.InvalidHolds => "Some items in your cart are no longer held. Review them below, then place the order again.",
        ErrorCodes.OrderNotFound => "No such order.",
        ErrorCodes.PaymentDeclined => "The payment was declined. Your order is still waiting for payment; try again.",
        ErrorCodes.PaymentWindowClosed => "The time to pay for this order has passed; its items were released.",
        ErrorCodes.AlreadyPaid => "This order is already paid.",
        ErrorCodes.InvalidTransition => "This order can no longer be paid.",
        ErrorCodes.ConcurrencyConflict => "Something changed at the same moment; please try again.",
        ErrorCodes.StorageFull => "We cannot save anything right now because the shop's storage is full. Nothing was changed; please try again in a minute.",
        ErrorCodes.WritesUnavailable => "We cannot save anything right now. Nothing was changed; please try again in a minute.",
        ErrorCodes.DropNotOpen => "This product is not on sale yet; its page counts down to the opening.",
        ErrorCodes.SignInRequired => "Sign in to buy this product: it is limited per customer.",
        ErrorCodes.AlreadyWaiting => "You are already on the waitlist for this product.",
        ErrorCodes.NotSoldOut => "This product is available now: add it to your cart instead.",
        ErrorCodes.WaitlistEntryNotFound => "You are not on this waitlist.",
        ErrorCodes.AddressLimitExceeded => "Too much of this product is already held from your network. Buy or remove what you hold, or try again later.",
        _ => "Something went wrong; please try again.",
    };

    public static string NotEnough(int available, IReadOnlyList<ComponentShortfall>? shortComponents = null)
    {
        var text = available > 0 ? $"Only {available} left." : "None left to hold right now.";
        return shortComponents is not { Count: > 0 } ? text : $"{text} (short of {string.Join(", ", shortComponents.Select(c => c.Name))})";
    }
}
