package io.eventboard.application.catalog;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.catalog.CatalogEntries;
import io.eventboard.domain.catalog.CatalogRefusals;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.tag.Tag;
import io.eventboard.domain.tag.TagId;
import io.eventboard.domain.tag.TagRefusals;
import io.eventboard.domain.user.Actor;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The shared write rules, and their safety net: when a check misses a concurrent writer, the store's unique
 * index or foreign key refuses, the transaction is rolled back, and the caller gets the same refusal.
 */
class CatalogEditorTest {

    private final TestBoard board = TestBoard.now();
    private final Actor admin = board.anAdmin();
    /** Tags whose checks see nothing: as if a concurrent transaction had not committed yet. */
    private final CatalogEditor<Tag, TagId> blind = new CatalogEditor<>(board.transactions(),
            new Blind<>(board.tags()), TagRefusals.ALL);

    private Tag tag(String name) {
        return new Tag(new TagId(UUID.randomUUID()), name);
    }

    @Test
    void a_name_the_check_missed_is_refused_by_the_unique_index_as_a_duplicate() {
        board.knownTags("kotlin");

        assertThat(blind.create(admin, tag("kotlin")).rejection()).isEqualTo(TagRefusals.DUPLICATE);
        Tag java = blind.create(admin, tag("java")).value();
        assertThat(blind.change(admin, java.id(), current -> new Tag(current.id(), "kotlin")).rejection())
                .isEqualTo(TagRefusals.DUPLICATE);
        assertThat(board.tags().all()).containsExactlyInAnyOrder("kotlin", "java");
        assertThat(board.database().rolledBackTransactions()).isEqualTo(2);
    }

    @Test
    void a_use_the_check_missed_is_refused_by_the_foreign_key_as_in_use() {
        board.knownTags("kotlin");
        board.given(anEvent().taggedWith("kotlin"));
        Tag kotlin = board.tags().named("kotlin");

        assertThat(blind.delete(admin, kotlin.id()).rejection()).isEqualTo(TagRefusals.IN_USE);
        assertThat(board.tags().findById(kotlin.id())).contains(kotlin);
        assertThat(board.database().rolledBackTransactions()).isEqualTo(1);
    }

    @Test
    void a_refusal_of_the_change_itself_rolls_back_and_reaches_the_caller() {
        Tag kotlin = blind.create(admin, tag("kotlin")).value();

        assertThatThrownBy(() -> blind.change(admin, kotlin.id(), current -> new Tag(current.id(), " ")))
                .isInstanceOf(InvalidInput.class);
        assertThat(board.tags().findById(kotlin.id())).contains(kotlin);
    }

    @Test
    void nobody_but_an_admin_gets_as_far_as_a_transaction() {
        Actor user = Actor.user(board.aUser());

        assertThat(blind.create(user, tag("kotlin")).rejection()).isEqualTo(CatalogRefusals.ADMINS_ONLY);
        assertThat(board.database().committedTransactions()).isZero();
    }

    /** Passes every call on, but its checks never find a clash or a use. */
    private record Blind<E, I>(CatalogEntries<E, I> store) implements CatalogEntries<E, I> {

        @Override
        public Optional<E> findById(I id) {
            return store.findById(id);
        }

        @Override
        public Optional<E> lockById(I id) {
            return store.lockById(id);
        }

        @Override
        public boolean nameTaken(E entry) {
            return false;
        }

        @Override
        public void add(E entry) {
            store.add(entry);
        }

        @Override
        public void update(E entry) {
            store.update(entry);
        }

        @Override
        public boolean inUse(I id) {
            return false;
        }

        @Override
        public void delete(I id) {
            store.delete(id);
        }
    }
}
