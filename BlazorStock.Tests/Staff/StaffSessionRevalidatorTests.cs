using System.Security.Claims;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Staff;

/// <summary>An open back-office tab loses its access soon after its account does, without a new request.</summary>
public sealed class StaffSessionRevalidatorTests : IAsyncLifetime
{
    private readonly ApiFactory _factory = new();

    public async Task InitializeAsync()
    {
        _factory.Settings["Staff:RevalidateEvery"] = "00:00:00.100";
        using var client = _factory.Client();
        await client.GetAsync("/health");
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("deleted")]
    [InlineData("locked out")]
    [InlineData("signed out everywhere")]
    [InlineData("demoted")]
    public async Task A_circuit_signed_in_as_staff_is_signed_out_once_the_account_is(string change)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = $"{Guid.NewGuid():N}@blazorstock.local", Email = $"{Guid.NewGuid():N}@blazorstock.local" };
        Assert.True((await users.CreateAsync(user, "Warehouse#2026!")).Succeeded);
        await users.AddToRoleAsync(user, StaffRoles.Warehouse);
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<IdentityUser>>().CreateAsync(user);

        var circuit = (StaffSessionRevalidator)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        var signedOut = new TaskCompletionSource<ClaimsPrincipal>(TaskCreationOptions.RunContinuationsAsynchronously);
        circuit.AuthenticationStateChanged += async state =>
        {
            var user = (await state).User;
            if (user.Identity?.IsAuthenticated != true)
            {
                signedOut.TrySetResult(user);
            }
        };
        circuit.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));

        // Several checks pass while nothing changes.
        await Task.Delay(500);
        Assert.False(signedOut.Task.IsCompleted);

        switch (change)
        {
            case "deleted":
                await users.DeleteAsync(user);
                break;
            case "locked out":
                await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddDays(1));
                break;
            case "signed out everywhere":
                await users.UpdateSecurityStampAsync(user);
                break;
            case "demoted":
                await users.RemoveFromRoleAsync(user, StaffRoles.Warehouse);
                break;
        }

        await signedOut.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False((await circuit.GetAuthenticationStateAsync()).User.IsInRole(StaffRoles.Warehouse));
    }
}
