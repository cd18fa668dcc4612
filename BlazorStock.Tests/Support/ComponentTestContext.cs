using System.Runtime.CompilerServices;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Support;

/// <summary>
/// bunit context for storefront components: forms render their antiforgery field from a fixed token.
/// bunit builds an HtmlComparer for every rendered component, whose constructor needs
/// AngleSharp.Diffing 1.1+, which our package feed does not have (see BlazorStock.Tests.csproj). Our tests
/// assert on elements, never on semantic markup equality, so an inert comparer (constructor not run)
/// stands in; calling MarkupMatches would fail loudly rather than pass.
/// </summary>
public abstract class ComponentTestContext : BunitContext
{
    public const string Token = "test-antiforgery-token";

    protected ComponentTestContext()
    {
        Services.AddSingleton<AntiforgeryStateProvider>(new FixedAntiforgery());
        var comparer = typeof(BunitContext).Assembly.GetType("Bunit.Diffing.HtmlComparer", throwOnError: true)!;
        Services.AddSingleton(comparer, RuntimeHelpers.GetUninitializedObject(comparer));
    }

    private sealed class FixedAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken GetAntiforgeryToken() => new(Token, "__RequestVerificationToken");
    }
}
