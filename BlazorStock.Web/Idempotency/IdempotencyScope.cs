namespace BlazorStock.Web.Idempotency;

public enum IdempotencyScope
{
    Cart,
    User,
}
