using System.Net;
using System.Net.Http.Json;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Api.Auth;
using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Staff;

public sealed class StaffSeederTests
{
    [Fact]
    public async Task Configured_passwords_seed_the_admin_and_the_warehouse_account_with_their_roles()
    {
        await using var factory = new ApiFactory();
        using var client = factory.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/products")).StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var admin = await users.FindByEmailAsync(StaffSeeder.AdminEmail);
        var staff = await users.FindByEmailAsync(StaffSeeder.StaffEmail);
        Assert.Equal([StaffRoles.Admin], await users.GetRolesAsync(admin!));
        Assert.Equal([StaffRoles.Warehouse], await users.GetRolesAsync(staff!));
        Assert.True(await users.CheckPasswordAsync(admin!, ApiFactory.AdminPassword));
    }

    [Fact]
    public async Task Without_configured_passwords_no_account_exists_but_the_roles_do()
    {
        await using var factory = new BlazorStockFactory();
        using var client = factory.CreateClient();

        var login = await client.PostAsJsonAsync("/api/auth/login", new LoginRequest(StaffSeeder.AdminEmail, "Admin#2026!"));

        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Empty(scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().Users);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        Assert.True(await roles.RoleExistsAsync(StaffRoles.Admin));
        Assert.True(await roles.RoleExistsAsync(StaffRoles.Warehouse));
    }

    [Fact]
    public async Task Seeding_again_never_resets_an_existing_password()
    {
        await using var factory = new ApiFactory();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var admin = (await users.FindByEmailAsync(StaffSeeder.AdminEmail))!;
            Assert.True((await users.ChangePasswordAsync(admin, ApiFactory.AdminPassword, "Changed#Password1")).Succeeded);
            await scope.ServiceProvider.GetRequiredService<StaffSeeder>().SeedAsync(CancellationToken.None);
        }

        await using var check = factory.Services.CreateAsyncScope();
        var manager = check.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        Assert.True(await manager.CheckPasswordAsync((await manager.FindByEmailAsync(StaffSeeder.AdminEmail))!, "Changed#Password1"));
    }
}
