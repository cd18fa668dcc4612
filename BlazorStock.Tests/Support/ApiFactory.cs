using System.Net.Http.Headers;
using System.Net.Http.Json;
using BlazorStock.Domain;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Stock;
using BlazorStock.Web.Api.Auth;
using BlazorStock.Web.Api.Carts;
using BlazorStock.Web.Carts;
using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BlazorStock.Tests.Support;

/// <summary>
/// The app for API tests: staff accounts seeded (Testing environment, passwords configured), the per-IP
/// hold limit off so tests sharing one factory do not starve each other, and builders for carts, staff
/// clients and stocked products.
/// </summary>
public class ApiFactory : BlazorStockFactory
{
    public const string AdminPassword = "Admin#Test2026";
    public const string StaffPassword = "Staff#Test2026";
    private readonly SemaphoreSlim _warehouseLock = new(1, 1);
    private Warehouse? _warehouse;
    private int _sku;

    public ApiFactory()
    {
        Settings["Seed:AdminPassword"] = AdminPassword;
        Settings["Seed:StaffPassword"] = StaffPassword;
        Settings["RateLimits:HoldsPerIpPerMinute"] = "0";
        Clock = new TestClock(DateTimeOffset.UtcNow);
    }

    public TestClock Time => Clock!;

    /// <summary>A client that follows no redirects and keeps no cookies: every credential a test sends is explicit.</summary>
    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public async Task<string> CartTokenAsync()
    {
        using var client = Client();
        var response = await client.PostAsync("/api/carts", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CartTokenResponse>())!.CartToken;
    }

    public async Task<HttpClient> CartClientAsync()
    {
        var client = Client();
        client.DefaultRequestHeaders.Add(CartIdentity.Header, await CartTokenAsync());
        return client;
    }

    public async Task<string> TokenAsync(string email, string password)
    {
        using var client = Client();
        var response = await client.PostAsJsonAsync("/api/auth/login", new LoginRequest(email, password));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<LoginResponse>())!.AccessToken;
    }

    public HttpClient BearerClient(string token)
    {
        var client = Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<HttpClient> StaffClientAsync() => BearerClient(await TokenAsync(StaffSeeder.StaffEmail, StaffPassword));

    public async Task<HttpClient> AdminClientAsync() => BearerClient(await TokenAsync(StaffSeeder.AdminEmail, AdminPassword));

    /// <summary>A signed-in account with no staff role (for 403s); returns its bearer token.</summary>
    public async Task<string> UserWithoutRoleTokenAsync()
    {
        var email = $"nobody-{Guid.NewGuid():N}@example.test";
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var result = await users.CreateAsync(new IdentityUser { UserName = email, Email = email }, StaffPassword);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        return await TokenAsync(email, StaffPassword);
    }

    /// <summary>The Cookie header value a browser signed in as <paramref name="email"/> would send.</summary>
    public Task<string> StaffCookieAsync(string email) => StaffCookie.ForAsync(Services, email);

    public async Task<Warehouse> WarehouseAsync()
    {
        await _warehouseLock.WaitAsync();
        try
        {
            return _warehouse ??= await RunAsync<CatalogService, Warehouse>(c => c.CreateWarehouseAsync("MAIN", "Main", CancellationToken.None));
        }
        finally
        {
            _warehouseLock.Release();
        }
    }

    public async Task<Product> ProductAsync(int quantity, Func<ProductDetails, ProductDetails>? customize = null, string? name = null)
    {
        var warehouse = await WarehouseAsync();
        var sku = $"API-{Interlocked.Increment(ref _sku)}-{Guid.NewGuid():N}";
        var details = new ProductDetails(sku, name ?? $"Product {sku}", "", "Test", 10m);
        var product = await RunAsync<CatalogService, Product>(c => c.CreateProductAsync((customize ?? (d => d))(details), null, CancellationToken.None));
        if (quantity > 0)
        {
            await RunAsync<StockService, StockLevel>(s => s.AdjustAsync(product.Id, warehouse.Id, quantity, "Received", CancellationToken.None));
        }

        return product;
    }

    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> action)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OperationContext>().Actor = "test";
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<T> DbAsync<T>(Func<StockDbContext, Task<T>> query) => RunAsync(query);

    public override async ValueTask DisposeAsync()
    {
        _warehouseLock.Dispose();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
