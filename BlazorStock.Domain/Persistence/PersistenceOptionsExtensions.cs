using Microsoft.Extensions.Options;

namespace BlazorStock.Domain.Persistence;

public static class PersistenceOptionsExtensions
{
    /// <summary>The current <see cref="PersistenceOptions.MaxPageCount"/>, for connections opened from now on.</summary>
    public static Func<long?> MaxPageCount(this IOptionsMonitor<PersistenceOptions> options) => () => options.CurrentValue.MaxPageCount;
}
