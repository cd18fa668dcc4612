namespace BlazorStock.Tests.Jobs;

/// <summary>A bad <c>Jobs</c> section stops the app at start-up with a message that names the key and the fix.</summary>
public sealed class JobOptionsValidatorTests
{
    [Theory]
    [InlineData("Jobs:ExpireHolds:Cron", "0 * * * * ? 2099", "Jobs:ExpireHolds:Cron: '0 * * * * ? 2099' is not a cron expression Hangfire can run: it has 7 field(s). Use five fields")]
    [InlineData("Jobs:DailyReport:Cron", "0 25 * * *", "Jobs:DailyReport:Cron: '0 25 * * *' is not a valid cron expression")]
    [InlineData("Database:Provider", "Redis", "Database:Provider is 'Redis'; it must be 'Sqlite' (the default) or 'PostgreSql'.")]
    [InlineData("Jobs:ExpireHolds:BatchSize", "0", "Jobs:ExpireHolds:BatchSize must be at least 1.")]
    public async Task A_bad_setting_fails_start_up_with_a_readable_error(string key, string value, string expected)
    {
        await using var factory = JobHost.Create();
        factory.Settings[key] = value;

        var error = Assert.ThrowsAny<Exception>(() => factory.Server);

        var messages = string.Join(" | ", Chain(error).Select(e => e.Message));
        Assert.Contains(expected, messages);
    }

    [Fact]
    public async Task Provider_names_are_not_case_sensitive_and_the_defaults_start()
    {
        await using var factory = JobHost.Create();
        factory.Settings["Database:Provider"] = "sqlite";

        Assert.NotNull(factory.Server);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await factory.Client().GetAsync("/api/products")).StatusCode);
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }
        }
    }
}
