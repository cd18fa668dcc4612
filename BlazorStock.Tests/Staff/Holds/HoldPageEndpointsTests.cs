using System.Net;
using BlazorStock.Domain.Holds;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Staff;

namespace BlazorStock.Tests.Staff.Holds;

/// <summary>Staff releasing and extending holds from the holds page: only with a reason for the audit log.</summary>
public sealed class HoldPageEndpointsTests : IAsyncLifetime
{
    private readonly ApiFactory _factory = new() { Clock = new TestClock() };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("release")]
    [InlineData("extend")]
    public async Task Without_a_reason_the_hold_is_left_as_it_was_and_staff_are_told_why(string action)
    {
        var hold = await ActiveHoldAsync();
        using var staff = await StaffSession.SignInAsync(_factory, StaffSeeder.StaffEmail);

        var refused = await staff.PostFormAsync($"/staff/holds/{hold.Id}/{action}", new Dictionary<string, string> { ["Reason"] = "  " }, htmx: true);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Give a reason (up to 500 characters)", await refused.Content.ReadAsStringAsync());
        var after = Assert.Single(await _factory.Services.HoldsAsync(hold.ProductId));
        Assert.Equal(HoldStatus.Active, after.Status);
        Assert.Equal(hold.ExpiresAt, after.ExpiresAt);
    }

    [Fact]
    public async Task With_a_reason_the_hold_is_released()
    {
        var hold = await ActiveHoldAsync();
        using var staff = await StaffSession.SignInAsync(_factory, StaffSeeder.StaffEmail);

        var released = await staff.PostFormAsync($"/staff/holds/{hold.Id}/release", new Dictionary<string, string> { ["Reason"] = "Customer called" }, htmx: true);

        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        var toast = WebUtility.HtmlDecode(await released.Content.ReadAsStringAsync());
        Assert.Contains("Released the hold on 2 × Walnut Desk.", toast);
        Assert.Equal(HoldStatus.Released, Assert.Single(await _factory.Services.HoldsAsync(hold.ProductId)).Status);
    }

    private async Task<Hold> ActiveHoldAsync()
    {
        var desk = await _factory.Services.ProductAsync(await _factory.Services.WarehouseAsync(), "Walnut Desk", 5);
        await _factory.Services.RunAsync<HoldService, HoldResult>(h => h.HoldAsync(new HoldRequest(HoldOwner.Cart("cart-1"), desk.Id, 2), CancellationToken.None));
        return Assert.Single(await _factory.Services.HoldsAsync(desk.Id));
    }
}
