package io.eventboard.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.domain.channel.ChannelRefusals;
import io.eventboard.domain.common.Rejection;
import io.eventboard.domain.tag.TagRefusals;
import io.eventboard.domain.venue.VenueRefusals;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogRefusalsTest {

    @Test
    void everyKindHasItsOwnStableCodes() {
        assertThat(codes(TagRefusals.ALL)).containsExactly("tag.not-found", "tag.duplicate", "tag.in-use");
        assertThat(codes(VenueRefusals.ALL)).containsExactly("venue.not-found", "venue.duplicate", "venue.in-use");
        assertThat(codes(ChannelRefusals.ALL))
                .containsExactly("channel.not-found", "channel.duplicate", "channel.in-use");
        assertThat(CatalogRefusals.ADMINS_ONLY.code()).isEqualTo("catalog.admins-only");
    }

    @Test
    void unknownIsNotFoundAndTakenOrUsedAreConflicts() {
        assertThat(TagRefusals.ALL.notFound().kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
        assertThat(VenueRefusals.ALL.duplicate().kind()).isEqualTo(Rejection.Kind.CONFLICT);
        assertThat(ChannelRefusals.ALL.inUse().kind()).isEqualTo(Rejection.Kind.CONFLICT);
        assertThat(CatalogRefusals.ADMINS_ONLY.kind()).isEqualTo(Rejection.Kind.FORBIDDEN);
    }

    @Test
    void everyRefusalIsNeeded() {
        assertThatThrownBy(() -> new CatalogRefusals(null, TagRefusals.DUPLICATE, TagRefusals.IN_USE))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void theStoreExceptionsSayWhatWasRefused() {
        assertThat(new NameTaken("tag java")).hasMessage("tag java: the name is taken");
        assertThat(new StillReferenced("venue 42")).hasMessage("venue 42 is still referred to by events");
    }

    private static List<String> codes(CatalogRefusals refusals) {
        return List.of(refusals.notFound().code(), refusals.duplicate().code(), refusals.inUse().code());
    }
}
