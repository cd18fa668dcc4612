using BlazorStock.Domain;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Consistency;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Stock;
using BlazorStock.Web.Carts;
using BlazorStock.Web.Features.Cart;
using BlazorStock.Web.Features.Catalog;
using BlazorStock.Web.Features.Checkout;
using BlazorStock.Web.Live;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Services;

namespace BlazorStock.Tests.Support;

/// <summary>
/// bunit for our MudBlazor components, rendered as in a circuit (interactive), on the real domain and a real
/// database (<see cref="Store"/>). The page's cart is <see cref="CartId"/>; committed events reach the
/// components when a test calls <see cref="Push"/> (a refresh then runs off the caller's thread, as in the app: assert with WaitForAssertion), through the app's own <see cref="LiveNotifier"/>.
/// </summary>
public abstract class UiContext : BunitContext, IAsyncLifetime
{
    private readonly UiContext? _beside;
    private int _pushed;
    private AsyncServiceScope _storeScope;

    protected UiContext()
        : this(null)
    {
    }

    /// <param name="beside">Another circuit of the same server: this one shares its store and notifier.</param>
    private UiContext(UiContext? beside)
    {
        _beside = beside;
        Notifier = beside?.Notifier ?? new LiveNotifier(NullLogger<LiveNotifier>.Instance);
        JSInterop.Mode = JSRuntimeMode.Loose;

        // Renders here wait for real database reads, which take far longer than bunit's one second default on a busy machine.
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        Services.AddMudServices();
        Services.AddSingleton(Notifier);
        Services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        Services.AddSingleton<CartIdentity>();
        Services.AddSingleton<IHttpContextAccessor>(Connection);
        Services.AddScoped<CartSession>();
        Services.AddScoped<CartReader>();
        Services.AddScoped<CatalogReader>();
        Services.AddSingleton<ProductDetailsReads>();
        Services.AddScoped<CartAdditions>();
        Services.AddScoped<OrderReader>();
        Services.AddSingleton<BlazorStock.Web.Shoppers.Account.MergeNotices>();
        Services.AddScoped<BlazorStock.Web.Features.Waitlist.WaitlistReader>();

        // The domain comes from the store, resolved when first asked for (the store starts in InitializeAsync).
        FromStore<IDbContextFactory<StockDbContext>>();
        FromStore<TimeProvider>();
        FromStore<IOptions<HoldOptions>>();
        FromStore<IOptions<OrderOptions>>();
        FromStore<IOptions<BlazorStock.Domain.Waitlist.WaitlistOptions>>();
        FromStoreScope<OperationContext>();
        FromStoreScope<StockDbContext>();
        FromStoreScope<HoldService>();
        FromStoreScope<OrderService>();
        FromStoreScope<BlazorStock.Domain.Waitlist.WaitlistService>();
        FromStoreScope<CatalogService>();
        FromStoreScope<StockService>();
        FromStoreScope<AvailabilityService>();
        FromStoreScope<ConsistencyService>();
    }

    public LiveNotifier Notifier { get; }

    public TestStore Store { get; private set; } = null!;

    /// <summary>The circuit's connection: the request whose cart cookie the page acts for.</summary>
    public HttpContextAccessor Connection { get; } = new() { HttpContext = new DefaultHttpContext() };

    public string CartId { get; private set; } = "";

    public virtual async Task InitializeAsync()
    {
        Store = _beside?.Store ?? await TestStore.CreateAsync(ConfigureStore);
        _storeScope = Store.Scope(actor: "page");
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var (cartId, token) = Services.GetRequiredService<CartIdentity>().Create();
        CartId = cartId;
        Connection.HttpContext!.Request.Headers.Cookie = $"{CartIdentity.CookieName}={token}";
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _storeScope.DisposeAsync();
        if (_beside is null)
        {
            await Store.DisposeAsync();
        }
    }

    /// <summary>
    /// A second circuit on the same server: its own renderer, DI scope and cart, the same domain and notifier
    /// (what circuits share in the app). Dispose it before this one.
    /// </summary>
    public async Task<UiContext> OpenAnotherCircuitAsync()
    {
        var other = new AnotherCircuit(this);
        await other.InitializeAsync();
        return other;
    }

    /// <summary>Where MudBlazor renders open selects and menus, once <see cref="RenderWithProviders{TComponent}"/> ran.</summary>
    public IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = null!;

    /// <summary>Where MudBlazor renders open dialogs, once <see cref="RenderWithProviders{TComponent}"/> ran.</summary>
    public IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = null!;

    /// <summary>Where MudBlazor renders snackbars, once <see cref="RenderWithProviders{TComponent}"/> ran.</summary>
    public IRenderedComponent<MudSnackbarProvider> Snackbars { get; private set; } = null!;

    /// <summary>Renders the popover provider that MudBlazor's selects, menus and dialogs need, then the component.</summary>
    public IRenderedComponent<TComponent> RenderWithProviders<TComponent>(Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null)
        where TComponent : IComponent
    {
        Popovers = Render<MudPopoverProvider>();
        Snackbars = Render<MudSnackbarProvider>();
        Dialogs = Render<MudDialogProvider>();
        return Render(parameters);
    }

    /// <summary>Opens the select labelled <paramref name="label"/> in <paramref name="component"/> and clicks <paramref name="option"/>, as a user would.</summary>
    public void Choose<TComponent>(IRenderedComponent<TComponent> component, string label, string option)
        where TComponent : IComponent
    {
        component.Find($"[role=combobox][aria-label='{label}']").Closest(".mud-input-control")!.MouseDown();
        Popovers.WaitForAssertion(() => Assert.Contains(Popovers.FindAll(".mud-popover-open .mud-list-item"), i => i.TextContent.Trim() == option));
        Popovers.FindAll(".mud-popover-open .mud-list-item").First(i => i.TextContent.Trim() == option).Click();
    }

    /// <summary>Hands every event committed since the last push to the notifier, as the live pump does.</summary>
    public void Push()
    {
        var events = Store.Events.Events;
        Notifier.Dispatch(events.Skip(_pushed).ToList());
        _pushed = events.Count;
    }

    private void FromStore<T>()
        where T : class =>
        Services.AddSingleton(_ => Store.Services.GetRequiredService<T>());

    protected void FromStoreScope<T>()
        where T : class =>
        Services.AddScoped(_ => _storeScope.ServiceProvider.GetRequiredService<T>());

    protected virtual void ConfigureStore(Dictionary<string, string?> settings)
    {
    }

    private sealed class AnotherCircuit(UiContext beside) : UiContext(beside);
}
