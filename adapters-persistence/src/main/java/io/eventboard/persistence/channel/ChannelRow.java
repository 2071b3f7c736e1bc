package io.eventboard.persistence.channel;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

@MappedEntity("channels")
record ChannelRow(@Id UUID id, String name) {
}
