package io.eventboard.rest.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.eventboard.domain.channel.Channel;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.tag.Tag;
import io.eventboard.domain.venue.Venue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The bodies of the tag, venue and channel endpoints. Requests refuse unknown fields rather than silently ignore
 * them. Listings are pages like every listing ({@code items}, {@code page}, {@code size}, {@code total}); their
 * default size is the largest page, so that one request usually fetches a whole (small) set.
 */
final class CatalogDtos {

    static final int DEFAULT_PAGE_SIZE = PageRequest.MAX_SIZE;

    private CatalogDtos() {
    }

    /** Creates or renames a tag or a channel. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "NameRequest", description = "The name of a tag or channel; unknown fields are refused.")
    record NameRequest(@Schema(requiredMode = RequiredMode.REQUIRED, description = "Tags: 1-50 characters, stored "
            + "trimmed and lower-case; channels: 1-100 characters", example = "kotlin") String name) {
    }

    /** Creates a venue, or (PATCH) changes the fields it names; a blank {@code address} removes the address. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "VenueRequest", description = "A venue to create (name and city required) or the fields of a "
            + "venue to change; unknown fields are refused.")
    record VenueRequest(
            @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "1-200 characters; required to create",
                    example = "Kulturbrauerei") String name,
            @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "1-100 characters; required to create",
                    example = "Berlin") String city,
            @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "At most 300 characters; on change a "
                    + "blank address removes it", example = "Schoenhauser Allee 36") String address,
            @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "An IANA time zone (a region, not an "
                    + "offset such as +02:00); UTC when left out on create", example = "Europe/Berlin")
            String timeZone) {
    }

    @Serdeable
    @Schema(name = "Tag")
    record TagView(UUID id, @Schema(requiredMode = RequiredMode.REQUIRED, example = "kotlin") String name) {
        static TagView of(Tag tag) {
            return new TagView(tag.id().value(), tag.name());
        }
    }

    @Serdeable
    @Schema(name = "Channel")
    record ChannelView(UUID id, @Schema(requiredMode = RequiredMode.REQUIRED, example = "Meetups") String name) {
        static ChannelView of(Channel channel) {
            return new ChannelView(channel.id().value(), channel.name());
        }
    }

    /** {@code address} is always there, null when the venue has none. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Venue")
    record VenueView(
            UUID id,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "Kulturbrauerei") String name,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "Berlin") String city,
            @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, description = "Null when the venue has "
                    + "none", example = "Schoenhauser Allee 36") String address,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "The IANA time zone the venue's events are "
                    + "read in", example = "Europe/Berlin") String timeZone) {
        static VenueView of(Venue venue) {
            return new VenueView(venue.id().value(), venue.name(), venue.city(), venue.address(),
                    venue.timeZone().getId());
        }
    }

    /** {@code items} is always there, empty past the last page. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PageView<T>(List<T> items, int page, int size, long total) {
        static <D, T> PageView<T> of(Page<D> page, Function<D, T> view) {
            return new PageView<>(page.items().stream().map(view).toList(), page.page(), page.size(), page.total());
        }
    }
}
