namespace BlazorStock.Tests.E2E;

/// <summary>Browser tests share one Chromium and run one after another, which also spares a 2-core CI machine.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
