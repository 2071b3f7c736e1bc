package io.eventboard.domain.common;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/**
 * Time-ordered identifiers (UUID version 7, RFC 9562): new rows land at the end of B-tree indexes instead of
 * at random pages, which keeps inserts cheap on large tables. Ids made in the same millisecond keep that order
 * too (RFC 9562, 6.2, method 2): the first gets random bits, each next one the previous bits plus a random step.
 * A batch of work made with one {@code now} (a reminder run writes tens of thousands of notifications) would
 * otherwise insert its ids at random places of the primary key.
 */
public final class Ids {

    private static final Random RANDOM = new SecureRandom();
    /** The 74 random bits: 12 in the high long (below the version), 62 in the low one (below the variant). */
    private static final long LOW_BITS = 0x3FFFFFFFFFFFFFFFL;
    private static final long STEP = 1L << 32;

    private static long lastMillis = Long.MIN_VALUE;
    private static long lastHigh; // the 12 random bits of the high long
    private static long lastLow;  // the 62 random bits of the low long

    private Ids() {
    }

    public static UUID timeOrdered(Instant now) {
        long millis = now.toEpochMilli();
        long high;
        long low;
        synchronized (Ids.class) {
            if (millis == lastMillis) {
                low = lastLow + 1 + (RANDOM.nextInt() & (STEP - 1));
                high = lastHigh + (low >>> 62); // carry; cannot pass 12 bits, see below
                low &= LOW_BITS;
            } else {
                // The top random bit starts clear: 2^73 of room, steps of at most 2^32, never an overflow
                // within one millisecond.
                high = RANDOM.nextInt() & 0x07FFL;
                low = RANDOM.nextLong() & LOW_BITS;
                lastMillis = millis;
            }
            lastHigh = high;
            lastLow = low;
        }
        return new UUID((millis << 16) | 0x7000L | high, low | 0x8000000000000000L);
    }
}
