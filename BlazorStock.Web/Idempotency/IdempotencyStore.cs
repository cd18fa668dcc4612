using BlazorStock.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorStock.Web.Idempotency;

/// <summary>
/// Idempotency keys in <see cref="WebDbContext"/> (docs/decisions/004). Claiming is one INSERT … ON
/// CONFLICT DO NOTHING, so of any number of concurrent requests with the same key exactly one gets the row;
/// the others read it and are told to wait (409), refused (422) or answered from it (replay).
/// </summary>
public sealed class IdempotencyStore(WebDbContext db, TimeProvider time, IOptions<IdempotencyOptions> options)
{
    private readonly IdempotencyOptions _options = options.Value;

    public async Task<IdempotencyClaim> ClaimAsync(string scope, string key, string requestHash, CancellationToken cancellationToken)
    {
        // A few rounds: the row we lost to can be pruned or released between our INSERT and our read.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var now = time.GetUtcNow();
            var claimId = Guid.NewGuid();
            var expires = (now + _options.Retention).UtcTicks;
            var inserted = await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "IdempotencyRecords" ("Scope", "Key", "RequestHash", "ClaimId", "Completed", "CreatedAt", "ExpiresAt")
                VALUES ({scope}, {key}, {requestHash}, {claimId}, {false}, {now.UtcTicks}, {expires})
                ON CONFLICT DO NOTHING
                """, cancellationToken);
            if (inserted == 1)
            {
                return new IdempotencyClaim(IdempotencyOutcome.Claimed, claimId);
            }

            // An expired key is free again; an in-flight marker past its timeout belongs to a request that died.
            var staleBefore = (now - _options.InFlightTimeout).UtcTicks;
            var taken = await db.Database.ExecuteSqlAsync($"""
                UPDATE "IdempotencyRecords"
                SET "RequestHash" = {requestHash}, "ClaimId" = {claimId}, "Completed" = {false}, "StatusCode" = NULL, "ContentType" = NULL,
                    "Location" = NULL, "Body" = NULL, "CreatedAt" = {now.UtcTicks}, "ExpiresAt" = {expires}
                WHERE "Scope" = {scope} AND "Key" = {key}
                  AND ("ExpiresAt" <= {now.UtcTicks} OR ("Completed" = {false} AND "CreatedAt" <= {staleBefore}))
                """, cancellationToken);
            if (taken == 1)
            {
                return new IdempotencyClaim(IdempotencyOutcome.Claimed, claimId);
            }

            var existing = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.Scope == scope && r.Key == key, cancellationToken);
            if (existing is null)
            {
                continue;
            }

            if (existing.RequestHash != requestHash)
            {
                return new IdempotencyClaim(IdempotencyOutcome.DifferentRequest);
            }

            return existing.Completed
                ? new IdempotencyClaim(IdempotencyOutcome.Replay, Stored: existing)
                : new IdempotencyClaim(IdempotencyOutcome.InFlight);
        }

        return new IdempotencyClaim(IdempotencyOutcome.InFlight);
    }

    public async Task CompleteAsync(string scope, string key, Guid claimId, int statusCode, string? contentType, string? location, byte[] body, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"""
            UPDATE "IdempotencyRecords"
            SET "Completed" = {true}, "StatusCode" = {statusCode}, "ContentType" = {contentType}, "Location" = {location}, "Body" = {body}
            WHERE "Scope" = {scope} AND "Key" = {key} AND "ClaimId" = {claimId}
            """, cancellationToken);

    /// <summary>Frees a key whose request failed without an answer worth replaying, so the client can retry it.</summary>
    public async Task ReleaseAsync(string scope, string key, Guid claimId, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"""
            DELETE FROM "IdempotencyRecords" WHERE "Scope" = {scope} AND "Key" = {key} AND "ClaimId" = {claimId} AND "Completed" = {false}
            """, cancellationToken);

    /// <summary>Deletes keys past their retention; returns how many.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "IdempotencyRecords" WHERE "ExpiresAt" <= {time.GetUtcNow().UtcTicks}""", cancellationToken);
}
