package io.eventboard.domain.provider;

import static io.eventboard.domain.testdata.TestTime.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProviderPageTest {

    @Test
    void aPageKeepsItsOwnUnchangeableCopyOfTheEvents() {
        ExternalEvent one = new ExternalEvent("ev-1", "Meetup", "", "Hall", "Berlin", null, NOW, null, 10,
                "scheduled", Set.of("java"), NOW);
        List<ExternalEvent> events = new ArrayList<>(List.of(one));
        ProviderPage page = new ProviderPage(events, 2, Optional.of("cursor-2"));

        events.clear();

        assertThat(page.events()).containsExactly(one);
        assertThat(page.malformed()).isEqualTo(2);
        assertThat(page.nextCursor()).contains("cursor-2");
        assertThatThrownBy(() -> page.events().add(one)).isInstanceOf(UnsupportedOperationException.class);
    }
}
