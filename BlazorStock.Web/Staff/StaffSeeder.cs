using Microsoft.AspNetCore.Identity;

namespace BlazorStock.Web.Staff;

/// <summary>
/// Creates the staff roles, and the two known accounts when their passwords are configured
/// (<c>Seed:AdminPassword</c>, <c>Seed:StaffPassword</c>): Development configures them, Production does not,
/// so Production starts with no account. Existing accounts are left alone (passwords are never reset).
/// </summary>
public sealed class StaffSeeder(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, IConfiguration configuration, ILogger<StaffSeeder> logger)
{
    public const string AdminEmail = "admin@blazorstock.local";
    public const string StaffEmail = "staff@blazorstock.local";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in StaffRoles.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
            }
        }

        await SeedAccountAsync(AdminEmail, configuration["Seed:AdminPassword"], StaffRoles.Admin, cancellationToken);
        await SeedAccountAsync(StaffEmail, configuration["Seed:StaffPassword"], StaffRoles.Warehouse, cancellationToken);
    }

    private async Task SeedAccountAsync(string email, string? password, string role, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (string.IsNullOrEmpty(password) || await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        Check(await users.CreateAsync(user, password), email);
        Check(await users.AddToRoleAsync(user, role), $"{email} in {role}");
        logger.LogInformation("Seeded staff account {Email} ({Role})", email, role);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding {what} failed: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
