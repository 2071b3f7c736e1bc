package io.eventboard.domain.rating;

import static io.eventboard.domain.testdata.TestTime.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.domain.common.FieldError;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.user.UserId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RatingTest {

    private final EventId event = new EventId(UUID.randomUUID());
    private final UserId user = new UserId(UUID.randomUUID());

    @Test
    void aCommentIsOptionalAndAtMost2000Characters() {
        assertThat(new Rating(event, user, new Score(4), null, NOW, NOW).comment()).isNull();
        assertThat(new Rating(event, user, new Score(4), "c".repeat(2000), NOW, NOW).comment()).hasSize(2000);
        assertThatThrownBy(() -> new Rating(event, user, new Score(4), "c".repeat(2001), NOW, NOW))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("comment"));
    }
}
