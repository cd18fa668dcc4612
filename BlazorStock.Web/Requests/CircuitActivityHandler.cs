using BlazorStock.Domain;
using BlazorStock.Web.Features.Cart;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace BlazorStock.Web.Requests;

/// <summary>
/// A circuit has no HTTP request per click, so request-scoped facts would go stale: when the circuit opens,
/// this resolves its cart and user once (from the circuit's own connection); then every inbound activity (a
/// click, a form submit, a navigation) becomes its own operation with a fresh correlation id for the audit log.
/// </summary>
public sealed class CircuitActivityHandler(OperationContext operation, CartSession cart, IHttpContextAccessor accessor) : CircuitHandler
{
    private string _actor = "anonymous";

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (accessor.HttpContext is { } context)
        {
            cart.Resolve(context);
            operation.ClientAddress = context.Connection.RemoteIpAddress?.ToString();
            _actor = OperationActors.For(context.User, cart.CartId);
        }

        operation.Actor = _actor;
        operation.CorrelationId = circuit.Id;
        return Task.CompletedTask;
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            // An async lambda, so the value holds for this activity's flow only and never leaks back into
            // the circuit's: two overlapping clicks keep their own ids.
            operation.BeginAction(_actor, OperationContext.NewCorrelationId());
            await next(context);
        };
}
