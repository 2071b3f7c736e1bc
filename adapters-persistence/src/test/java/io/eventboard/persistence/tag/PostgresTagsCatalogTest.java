package io.eventboard.persistence.tag;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.domain.catalog.NameTaken;
import io.eventboard.domain.catalog.StillReferenced;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.tag.Tag;
import io.eventboard.domain.tag.TagId;
import io.eventboard.domain.tag.Tags;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.eventboard.persistence.testing.DirectSql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What admins do to tags, on PostgreSQL: its unique constraint and the foreign key from event_tags. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresTagsCatalogTest extends DatabaseTest {

    @Inject
    Tags tags;
    @Inject
    Events events;
    @Inject
    Transactions transactions;
    @Inject
    Given given;

    private Tag added(String name) {
        Tag tag = new Tag(new TagId(UUID.randomUUID()), name);
        tags.add(tag);
        return tag;
    }

    @Test
    void anAddedTagIsFoundAndLockedByItsId() {
        Tag kotlin = added("kotlin");

        assertThat(tags.findById(kotlin.id())).contains(kotlin);
        assertThat(transactions.inTransaction(() -> tags.lockById(kotlin.id()))).contains(kotlin);
        assertThat(tags.findById(new TagId(UUID.randomUUID()))).isEmpty();
        assertThat(tags.unknown(Set.of("kotlin"))).isEmpty();
    }

    @Test
    void aNameIsTakenByAnotherTagOnly() {
        Tag kotlin = added("kotlin");

        assertThat(tags.nameTaken(new Tag(new TagId(UUID.randomUUID()), "Kotlin"))).isTrue();
        assertThat(tags.nameTaken(kotlin)).isFalse();
        assertThat(tags.nameTaken(new Tag(new TagId(UUID.randomUUID()), "java"))).isFalse();
    }

    @Test
    void theUniqueConstraintRefusesATakenNameAsNameTaken() {
        Tag kotlin = added("kotlin");
        Tag java = added("java");

        assertThatThrownBy(() -> added("kotlin")).isInstanceOf(NameTaken.class);
        assertThatThrownBy(() -> tags.update(new Tag(java.id(), "kotlin"))).isInstanceOf(NameTaken.class);
        assertThat(tags.findById(java.id())).contains(java);
        assertThat(tags.findById(kotlin.id())).contains(kotlin);
    }

    @Test
    void aRenamedTagShowsItsNewNameOnTheEventsThatCarryIt() {
        Event event = given.event(anEvent().taggedWith("kotlin"));
        Tag kotlin = tags.list(PageRequest.first()).items().get(0);

        tags.update(new Tag(kotlin.id(), "kotlinconf"));

        assertThat(events.findById(event.id()).orElseThrow().details().tags()).containsExactly("kotlinconf");
    }

    @Test
    void aTagIsInUseWhileAnEventCarriesItAndTheForeignKeyKeepsIt() {
        Event event = given.event(anEvent().taggedWith("kotlin"));
        Tag kotlin = tags.list(PageRequest.first()).items().get(0);
        Tag java = added("java");

        assertThat(tags.inUse(kotlin.id())).isTrue();
        assertThat(tags.inUse(java.id())).isFalse();
        assertThatThrownBy(() -> tags.delete(kotlin.id())).isInstanceOf(StillReferenced.class);
        assertThat(tags.findById(kotlin.id())).contains(kotlin);

        events.delete(event.id());
        tags.delete(kotlin.id());
        tags.delete(java.id());
        assertThat(DirectSql.number("SELECT count(*) FROM tags")).isZero();
    }

    @Test
    void aRefusedDeleteRollsBackItsWholeTransactionAndTheNextOneWorks() {
        given.event(anEvent().taggedWith("kotlin"));
        Tag kotlin = tags.list(PageRequest.first()).items().get(0);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            added("java");
            tags.delete(kotlin.id());
            return null;
        })).isInstanceOf(StillReferenced.class);

        assertThat(tags.unknown(Set.of("java"))).containsExactly("java");
        assertThat(transactions.inTransaction(() -> added("java")).name()).isEqualTo("java");
    }

    @Test
    void tagsAreListedByNameAPageAtATime() {
        added("kotlin");
        added("java");
        added("go");

        Page<Tag> first = tags.list(new PageRequest(1, 2));
        Page<Tag> second = tags.list(new PageRequest(2, 2));

        assertThat(first.items()).extracting(Tag::name).containsExactly("go", "java");
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.totalExact()).isTrue();
        assertThat(first.page()).isEqualTo(1);
        assertThat(first.size()).isEqualTo(2);
        assertThat(second.items()).extracting(Tag::name).containsExactly("kotlin");
        assertThat(tags.list(new PageRequest(3, 2)).items()).isEmpty();
    }
}
