using System.Net.Http.Json;
using System.Text.Json;
using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Carts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.E2E;

/// <summary>The demo shop with the two staff accounts, on a real port; shoppers act through the REST API.</summary>
public static class StaffApp
{
    public const string StaffEmail = "staff@blazorstock.local";
    public const string StaffPassword = "Staff#E2E-2026";
    public const string AdminEmail = "admin@blazorstock.local";
    public const string AdminPassword = "Admin#E2E-2026";

    public static LiveApp Start(Action<BlazorStock.Tests.Support.BlazorStockFactory>? configure = null) =>
        LiveApp.Start(f =>
        {
            f.Settings["Seed:DemoData"] = "true";
            f.Settings["Seed:StaffPassword"] = StaffPassword;
            f.Settings["Seed:AdminPassword"] = AdminPassword;
            f.Settings["RateLimits:HoldsPerIpPerMinute"] = "0";
            configure?.Invoke(f);
        });

    public static async Task<int> ProductIdAsync(this LiveApp app, string sku)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StockDbContext>().Products.Where(p => p.Sku == sku).Select(p => p.Id).SingleAsync();
    }

    /// <summary>A shopper's API client with its own cart token.</summary>
    public static async Task<HttpClient> ShopperAsync(this LiveApp app)
    {
        var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var created = await client.PostAsync("/api/carts", null);
        created.EnsureSuccessStatusCode();
        var token = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cartToken").GetString()!;
        client.DefaultRequestHeaders.Add(CartIdentity.Header, token);
        return client;
    }

    public static async Task HoldAsync(this HttpClient shopper, int productId, int quantity)
    {
        var response = await shopper.PostAsJsonAsync("/api/cart/holds", new { productId, quantity });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public static async Task<JsonElement> CartAsync(this HttpClient shopper) =>
        await shopper.GetFromJsonAsync<JsonElement>("/api/cart");
}
