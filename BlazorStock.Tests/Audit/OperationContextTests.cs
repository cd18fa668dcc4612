using BlazorStock.Domain;

namespace BlazorStock.Tests.Audit;

public sealed class OperationContextTests
{
    [Fact]
    public async Task An_action_names_its_own_actor_for_its_flow_only_and_setting_the_scopes_actor_inside_it_is_refused()
    {
        var operation = new OperationContext { Actor = "Cart:abc", CorrelationId = "circuit" };

        await Task.Run(() =>
        {
            operation.BeginAction("admin@blazorstock.local", "click-1");
            Assert.Equal(("admin@blazorstock.local", "click-1"), (operation.Actor, operation.CorrelationId));
            Assert.Throws<InvalidOperationException>(() => operation.Actor = "someone else");
            Assert.Throws<InvalidOperationException>(() => operation.CorrelationId = "other");
        });

        Assert.Equal(("Cart:abc", "circuit"), (operation.Actor, operation.CorrelationId));
    }
}
