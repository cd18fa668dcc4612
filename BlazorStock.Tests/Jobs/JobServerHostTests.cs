using BlazorStock.Web.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BlazorStock.Tests.Jobs;

public sealed class JobServerHostTests
{
    [Fact]
    public async Task A_shutdown_whose_time_ran_out_before_hangfire_stopped_does_not_fail_the_host()
    {
        var stuck = new BlockingQuery("JobSchedules", ignoreCancellation: true);
        var factory = JobHost.Create();

        // Little shutdown time, as when the web server used it up draining open WebSockets, and a run that
        // does not stop in it.
        factory.TestServices = services =>
        {
            stuck.AddTo(services);
            services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMilliseconds(200));
        };
        _ = factory.Server;
        stuck.Arm();
        factory.Trigger(JobCatalog.ConsistencyCheck);
        await stuck.WaitUntilBlockedAsync();

        try
        {
            var dispose = await Record.ExceptionAsync(async () => await factory.DisposeAsync());

            Assert.Null(dispose);
        }
        finally
        {
            stuck.Release();
        }
    }
}
