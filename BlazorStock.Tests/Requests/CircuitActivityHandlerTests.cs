using BlazorStock.Domain;
using BlazorStock.Web.Carts;
using BlazorStock.Web.Features.Cart;
using BlazorStock.Web.Requests;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace BlazorStock.Tests.Requests;

public sealed class CircuitActivityHandlerTests
{
    [Fact]
    public async Task Two_overlapping_clicks_in_one_circuit_each_keep_their_own_correlation_id_and_the_circuits_own_is_untouched()
    {
        var operation = new OperationContext { CorrelationId = "circuit" };
        var accessor = new HttpContextAccessor();
        var handler = new CircuitActivityHandler(operation, new CartSession(new CartIdentity(new EphemeralDataProtectionProvider()), accessor), accessor);
        var bothStarted = new CountdownEvent(2);
        var seen = new List<(string Before, string After)>();

        var run = handler.CreateInboundActivityHandler(async _ =>
        {
            var before = operation.CorrelationId!;
            bothStarted.Signal();
            await Task.Run(() => bothStarted.Wait(TimeSpan.FromSeconds(5)));
            await Task.Yield();
            lock (seen)
            {
                seen.Add((before, operation.CorrelationId!));
            }
        });

        await Task.WhenAll(Task.Run(() => run(null!)), Task.Run(() => run(null!)));

        Assert.Equal(2, seen.Count);
        Assert.All(seen, s => Assert.Equal(s.Before, s.After));
        Assert.NotEqual(seen[0].Before, seen[1].Before);
        Assert.DoesNotContain("circuit", seen.Select(s => s.Before));
        Assert.Equal("circuit", operation.CorrelationId);
    }
}
