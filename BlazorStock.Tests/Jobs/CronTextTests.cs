using BlazorStock.Web.Jobs;

namespace BlazorStock.Tests.Jobs;

public sealed class CronTextTests
{
    [Theory]
    [InlineData("* * * * *", "Every minute")]
    [InlineData("*/5 * * * *", "Every 5 minutes")]
    [InlineData("0 * * * *", "Every hour at :00")]
    [InlineData("15 * * * *", "Every hour at :15")]
    [InlineData("30 */6 * * *", "Every 6 hours at :30")]
    [InlineData("0 6 * * *", "Every day at 06:00 UTC")]
    [InlineData("45 23 * * 1-5", "Every weekday (Monday to Friday) at 23:45 UTC")]
    [InlineData("0 7 * * 1", "Every Monday at 07:00 UTC")]
    [InlineData("0 7 * * 0", "Every Sunday at 07:00 UTC")]
    [InlineData("0 3 1 * *", "Every month on day 1 at 03:00 UTC")]
    [InlineData("0 0 31 2 *", "Never")]
    [InlineData("0 0 6 * * *", "Every day at 06:00 UTC")]
    [InlineData("* * * * * *", "Every second")]
    [InlineData("*/10 * * * * *", "Every 10 seconds")]
    [InlineData("0 6 1 1 *", "Custom schedule (0 6 1 1 *)")]
    [InlineData("0,30 * * * *", "Custom schedule (0,30 * * * *)")]
    [InlineData("0 0 6 * * ?", "Custom schedule (0 0 6 * * ?)")]
    public void Common_schedules_are_described_in_plain_words(string cron, string expected) =>
        Assert.Equal(expected, CronText.Describe(cron));

    [Theory]
    [InlineData("* * * * *", true)]
    [InlineData("0 6 * * *", true)]
    [InlineData("*/15 * * * * *", true)]
    [InlineData("@daily", true)]
    [InlineData("0 6 * *", false)]
    [InlineData("0 0 6 * * ? 2099", false)]
    [InlineData("0 24 * * *", false)]
    [InlineData("", false)]
    public void Schedules_are_checked_as_hangfire_reads_them(string cron, bool valid)
    {
        Assert.Equal(valid, CronSchedule.TryParse(cron, out var parsed, out var error));
        Assert.Equal(valid, parsed is not null);
        Assert.Equal(valid, error is null);
    }
}
