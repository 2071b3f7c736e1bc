package io.eventboard.persistence.venue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

@MappedEntity("venues")
record VenueRow(@Id UUID id, String name, String city, @Nullable String address, String timeZone) {
}
