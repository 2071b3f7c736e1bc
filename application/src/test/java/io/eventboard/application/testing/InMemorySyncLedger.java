package io.eventboard.application.testing;

import io.eventboard.application.provider.sync.SyncLedger;
import io.eventboard.application.provider.sync.SyncReport;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link SyncLedger} in memory, with the claim rules of the real table: one unexpired claim per provider. */
public final class InMemorySyncLedger implements SyncLedger {

    private record Claim(String runner, Instant until) {
    }

    private final Map<String, Claim> claims = new HashMap<>();
    private final Map<String, Instant> checkpoints = new HashMap<>();
    private final Map<String, SyncReport> lastRuns = new HashMap<>();

    @Override
    public synchronized boolean claim(String provider, String runner, Instant now, Instant until) {
        Claim held = claims.get(provider);
        if (held != null && held.until().isAfter(now)) {
            return false;
        }
        claims.put(provider, new Claim(runner, until));
        return true;
    }

    @Override
    public synchronized boolean extend(String provider, String runner, Instant until) {
        Claim held = claims.get(provider);
        if (held == null || !held.runner().equals(runner)) {
            return false;
        }
        claims.put(provider, new Claim(runner, until));
        return true;
    }

    @Override
    public synchronized Optional<Instant> checkpoint(String provider) {
        return Optional.ofNullable(checkpoints.get(provider));
    }

    @Override
    public synchronized void release(String provider, String runner, SyncReport run, Optional<Instant> checkpoint) {
        Claim held = claims.get(provider);
        if (held != null && held.runner().equals(runner)) {
            claims.remove(provider);
        }
        lastRuns.put(provider, run);
        checkpoint.ifPresent(next -> checkpoints.merge(provider, next, (old, candidate) ->
                candidate.isAfter(old) ? candidate : old));
    }

    @Override
    public synchronized Optional<SyncReport> lastRun(String provider) {
        return Optional.ofNullable(lastRuns.get(provider));
    }

    // ---- for tests ----

    /** Another runner holds the provider until {@code until}. */
    public synchronized void claimedElsewhere(String provider, Instant until) {
        claims.put(provider, new Claim("another-server", until));
    }

    public synchronized boolean isClaimed(String provider) {
        return claims.containsKey(provider);
    }
}
