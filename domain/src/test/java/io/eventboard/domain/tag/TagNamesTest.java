package io.eventboard.domain.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.domain.common.FieldError;
import io.eventboard.domain.common.InvalidInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class TagNamesTest {

    @Test
    void namesAreTrimmedLowerCasedAndDeduplicated() {
        assertThat(TagNames.normalize(List.of(" Java ", "JAVA", "java", "Kotlin\t")))
                .containsExactlyInAnyOrder("java", "kotlin");
    }

    @Test
    void noNamesAreNoTags() {
        assertThat(TagNames.normalize(List.of())).isEmpty();
    }

    @Test
    void theResultCannotBeChanged() {
        Set<String> tags = TagNames.normalize(List.of("java"));

        assertThatThrownBy(() -> tags.add("go")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void blankOrMissingNamesAreRefused() {
        assertRefused(() -> TagNames.normalize(List.of("  ")));
        assertRefused(() -> TagNames.normalize(Arrays.asList("java", null)));
    }

    @Test
    void aNameIsAtMost50CharactersOnceTrimmed() {
        assertRefused(() -> TagNames.normalize(List.of("x".repeat(51))));
        assertThat(TagNames.normalize(List.of("  " + "x".repeat(50) + "  "))).containsExactly("x".repeat(50));
    }

    @Test
    void anEventHasAtMost20DistinctTags() {
        assertRefused(() -> TagNames.normalize(names(21)));
        assertThat(TagNames.normalize(names(20))).hasSize(20);
        List<String> twentyWithARepeat = new ArrayList<>(names(20));
        twentyWithARepeat.add("TAG-0");
        assertThat(TagNames.normalize(twentyWithARepeat)).hasSize(20);
    }

    private static List<String> names(int count) {
        return IntStream.range(0, count).mapToObj(i -> "tag-" + i).toList();
    }

    private static void assertRefused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("tags"));
    }
}
