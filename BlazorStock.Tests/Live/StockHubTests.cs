using BlazorStock.Web.Carts;
using BlazorStock.Web.Live;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Connections.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;

namespace BlazorStock.Tests.Live;

public sealed class StockHubTests
{
    private readonly CartIdentity _carts = new(new EphemeralDataProtectionProvider());
    private readonly RecordingGroups _groups = new();

    [Fact]
    public async Task A_connection_joins_the_group_of_the_cart_in_its_own_cookie()
    {
        var (cartId, token) = _carts.Create();

        var joined = await Hub(cookie: token).WatchCart();

        Assert.True(joined);
        Assert.Equal([("conn-1", $"cart:{cartId}")], _groups.Added);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0123456789abcdef0123456789abcdef")]
    public async Task Without_a_genuine_cart_cookie_it_joins_no_cart_group(string? cookie)
    {
        var joined = await Hub(cookie).WatchCart();

        Assert.False(joined);
        Assert.Empty(_groups.Added);
    }

    private StockHub Hub(string? cookie)
    {
        var http = new DefaultHttpContext();
        if (cookie is not null)
        {
            http.Request.Headers.Cookie = $"{CartIdentity.CookieName}={cookie}";
        }

        return new StockHub(_carts) { Context = new Caller(http), Groups = _groups };
    }

    private sealed class RecordingGroups : IGroupManager
    {
        public List<(string Connection, string Group)> Added { get; } = [];

        public Task AddToGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
        {
            Added.Add((connectionId, groupName));
            return Task.CompletedTask;
        }

        public Task RemoveFromGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    private sealed class Caller : HubCallerContext, IHttpContextFeature
    {
        private readonly FeatureCollection _features = new();

        public Caller(HttpContext http)
        {
            HttpContext = http;
            _features.Set<IHttpContextFeature>(this);
        }

        public HttpContext? HttpContext { get; set; }

        public override string ConnectionId => "conn-1";

        public override string? UserIdentifier => null;

        public override System.Security.Claims.ClaimsPrincipal? User => null;

        public override IDictionary<object, object?> Items { get; } = new Dictionary<object, object?>();

        public override IFeatureCollection Features => _features;

        public override CancellationToken ConnectionAborted => CancellationToken.None;

        public override void Abort()
        {
        }
    }
}
