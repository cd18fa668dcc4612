using Microsoft.AspNetCore.Identity;

namespace BlazorStock.Web.Shoppers;

/// <summary>
/// Creates the Shopper role, and the development shopper account when <c>Seed:ShopperPassword</c> is set
/// (Development sets it; Production does not). An existing account is left alone.
/// </summary>
public sealed class ShopperSeeder(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, IConfiguration configuration, ILogger<ShopperSeeder> logger)
{
    public const string ShopperEmail = "shopper@blazorstock.local";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!await roles.RoleExistsAsync(ShopperRoles.Shopper))
        {
            Check(await roles.CreateAsync(new IdentityRole(ShopperRoles.Shopper)), "role Shopper");
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (configuration["Seed:ShopperPassword"] is not { Length: > 0 } password || await users.FindByEmailAsync(ShopperEmail) is not null)
        {
            return;
        }

        var user = new IdentityUser { UserName = ShopperEmail, Email = ShopperEmail, EmailConfirmed = true };
        Check(await users.CreateAsync(user, password), ShopperEmail);
        Check(await users.AddToRoleAsync(user, ShopperRoles.Shopper), $"{ShopperEmail} in Shopper");
        logger.LogInformation("Seeded shopper account {Email}", ShopperEmail);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding {what} failed: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
