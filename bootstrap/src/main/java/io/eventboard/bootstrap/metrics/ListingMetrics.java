package io.eventboard.bootstrap.metrics;

import io.eventboard.persistence.event.ListingStatistics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;

/**
 * The listing cache in Micrometer ({@code GET /prometheus}): {@code eventboard.listings.served} (answered from
 * memory) and {@code eventboard.listings.read} (read from the database) counters, and the
 * {@code eventboard.listings.held} gauge (events held by the kept listings). A low share served means the cache
 * is too small or writes move it on too often.
 */
@Context
public class ListingMetrics {

    public ListingMetrics(MeterRegistry registry, ListingStatistics listings) {
        FunctionCounter.builder("eventboard.listings.served", listings, ListingStatistics::served)
                .description("Listings answered from the cache").register(registry);
        FunctionCounter.builder("eventboard.listings.read", listings, ListingStatistics::read)
                .description("Listings read from the database").register(registry);
        Gauge.builder("eventboard.listings.held", listings, ListingStatistics::held)
                .description("Events held by the cached listings").register(registry);
    }
}
