package io.eventboard.domain.common;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/**
 * Time-ordered identifiers (UUID version 7, RFC 9562): new rows land at the end of B-tree indexes instead of
 * at random pages, which keeps inserts cheap on large tables.
 */
public final class Ids {

    private static final Random RANDOM = new SecureRandom();

    private Ids() {
    }

    public static UUID timeOrdered(Instant now) {
        long millis = now.toEpochMilli();
        long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
