package io.eventboard.application.testing;

import io.eventboard.domain.provider.ExternalEvent;
import io.eventboard.domain.testdata.TestTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Provider records with sensible defaults: {@code anExternalEvent("ext-1").startingIn(hours(3)).build()}. Times
 * are relative to {@link TestTime#NOW} unless {@link #at(Instant)} moves the reference point.
 */
public final class ExternalEventBuilder {

    private final String externalId;
    private Instant now = TestTime.NOW;
    private String title = "Imported conference";
    private String description = "From upstream";
    private String venueName = "Main hall";
    private String venueCity = "Berlin";
    private String venueAddress = "Alexanderplatz 1";
    private Duration startsIn = Duration.ofDays(2);
    private Duration length = Duration.ofHours(3);
    private int capacity = 100;
    private String status = "scheduled";
    private Set<String> tags = Set.of();
    private Instant changedAt;

    private ExternalEventBuilder(String externalId) {
        this.externalId = externalId;
    }

    public static ExternalEventBuilder anExternalEvent(String externalId) {
        return new ExternalEventBuilder(externalId);
    }

    public ExternalEventBuilder at(Instant reference) {
        this.now = reference;
        return this;
    }

    public ExternalEventBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public ExternalEventBuilder described(String description) {
        this.description = description;
        return this;
    }

    public ExternalEventBuilder inVenue(String name, String city, String address) {
        this.venueName = name;
        this.venueCity = city;
        this.venueAddress = address;
        return this;
    }

    public ExternalEventBuilder withoutVenue() {
        return inVenue(null, null, null);
    }

    public ExternalEventBuilder startingIn(Duration startsIn) {
        this.startsIn = startsIn;
        return this;
    }

    public ExternalEventBuilder lasting(Duration length) {
        this.length = length;
        return this;
    }

    public ExternalEventBuilder withCapacity(int capacity) {
        this.capacity = capacity;
        return this;
    }

    public ExternalEventBuilder inStatus(String status) {
        this.status = status;
        return this;
    }

    public ExternalEventBuilder cancelled() {
        return inStatus("cancelled");
    }

    public ExternalEventBuilder taggedWith(String... tags) {
        this.tags = Set.of(tags);
        return this;
    }

    /** Upstream sends no tag list at all (null, not empty). */
    public ExternalEventBuilder withoutTags() {
        this.tags = null;
        return this;
    }

    /** When upstream last changed the record; the reference point unless set. */
    public ExternalEventBuilder changedAt(Instant changedAt) {
        this.changedAt = changedAt;
        return this;
    }

    public ExternalEvent build() {
        Instant startsAt = startsIn == null ? null : now.plus(startsIn);
        Instant endsAt = startsAt == null || length == null ? null : startsAt.plus(length);
        return new ExternalEvent(externalId, title, description, venueName, venueCity, venueAddress, startsAt,
                endsAt, capacity, status, tags, changedAt != null ? changedAt : now);
    }
}
