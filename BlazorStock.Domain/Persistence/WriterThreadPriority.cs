using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;

namespace BlazorStock.Domain.Persistence;

/// <summary>
/// Raises the calling thread's scheduling priority (its Linux nice value). The writer is the one serial
/// stage every hold passes through; at equal priority the request threads preempted it, so a batch held
/// the writer about twice as long as it ran (docs/benchmarks.md). .NET's <c>Thread.Priority</c> does
/// nothing on Linux, and lowering a nice value needs CAP_SYS_NICE: without it the writer runs at normal
/// priority, which is correct, only slower under load.
/// </summary>
internal static class WriterThreadPriority
{
    private const int PrioProcess = 0;

    public static void TryRaise(int nice, ILogger logger)
    {
        if (nice == 0 || !OperatingSystem.IsLinux())
        {
            return;
        }

        // With PRIO_PROCESS, Linux applies a thread id to that thread alone.
        if (SetPriority(PrioProcess, GetTid(), nice) != 0)
        {
            logger.LogInformation(
                "The writer thread runs at normal priority: setting nice {Nice} failed (errno {Errno}); grant CAP_SYS_NICE or set Persistence:WriterNice to 0",
                nice, Marshal.GetLastPInvokeError());
        }
    }

    [DllImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetTid();
}
