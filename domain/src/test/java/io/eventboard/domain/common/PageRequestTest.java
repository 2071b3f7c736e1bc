package io.eventboard.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void pagesStartAtOne() {
        assertThatThrownBy(() -> new PageRequest(0, 10))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("page"));
    }

    @Test
    void aPageHoldsOneToOneHundredItems() {
        for (int size : new int[] {0, 101, -1}) {
            assertThatThrownBy(() -> new PageRequest(1, size))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("size"));
        }
        assertThat(new PageRequest(1, 1).size()).isEqualTo(1);
        assertThat(new PageRequest(1, 100).size()).isEqualTo(PageRequest.MAX_SIZE);
    }

    @Test
    void bothBrokenRulesAreNamedAtOnce() {
        assertThatThrownBy(() -> new PageRequest(-3, 500))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("page", "must be 1 or more"),
                                new FieldError("size", "must be between 1 and 100")));
    }

    @Test
    void theFirstPageHoldsTenItemsFromTheStart() {
        assertThat(PageRequest.first()).isEqualTo(new PageRequest(1, 10));
        assertThat(PageRequest.first().offset()).isZero();
    }

    @Test
    void theOffsetSkipsTheEarlierPagesWithoutOverflow() {
        assertThat(new PageRequest(3, 25).offset()).isEqualTo(50);
        assertThat(new PageRequest(Integer.MAX_VALUE, 100).offset()).isEqualTo((Integer.MAX_VALUE - 1L) * 100);
    }

    @Test
    void aPageMapsItsItemsAndKeepsItsPosition() {
        Page<Integer> page = new Page<>(List.of(1, 2, 3), 2, 3, 42, false);

        Page<String> mapped = page.map(i -> "#" + i);

        assertThat(mapped).isEqualTo(new Page<>(List.of("#1", "#2", "#3"), 2, 3, 42, false));
    }

    @Test
    void aPageKeepsACopyOfItsItems() {
        List<Integer> items = new java.util.ArrayList<>(List.of(1));
        Page<Integer> page = new Page<>(items, 1, 10, 1, true);

        items.add(2);

        assertThat(page.items()).containsExactly(1);
        assertThatThrownBy(() -> page.items().add(3)).isInstanceOf(UnsupportedOperationException.class);
    }
}
