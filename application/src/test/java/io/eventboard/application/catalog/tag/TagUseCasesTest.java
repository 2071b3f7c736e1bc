package io.eventboard.application.catalog.tag;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.catalog.CatalogRefusals;
import io.eventboard.domain.common.FieldError;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.tag.Tag;
import io.eventboard.domain.tag.TagId;
import io.eventboard.domain.tag.TagRefusals;
import io.eventboard.domain.user.Actor;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TagUseCasesTest {

    private final TestBoard board = TestBoard.now();
    private final Actor admin = board.anAdmin();
    private final CreateTag createTag = new CreateTag(board.transactions(), board.tags(), board.clock());
    private final RenameTag renameTag = new RenameTag(board.transactions(), board.tags());
    private final DeleteTag deleteTag = new DeleteTag(board.transactions(), board.tags());
    private final ListTags listTags = new ListTags(board.tags());
    private final ShowTag showTag = new ShowTag(board.tags());

    private Result<Tag> create(String name) {
        return createTag.create(new CreateTag.Command(admin, name));
    }

    @Test
    void an_admin_creates_a_tag_with_a_time_ordered_id_and_a_trimmed_lower_case_name() {
        Tag tag = create("  Kotlin ").value();

        assertThat(tag.name()).isEqualTo("kotlin");
        assertThat(tag.id().value().version()).isEqualTo(7);
        assertThat(board.tags().findById(tag.id())).contains(tag);
        assertThat(showTag.show(tag.id()).value()).isEqualTo(tag);
        assertThat(board.database().committedTransactions()).isEqualTo(1);
    }

    @Test
    void a_tag_name_is_taken_whatever_its_case() {
        create("kotlin");

        assertThat(create("KOTLIN").rejection()).isEqualTo(TagRefusals.DUPLICATE);
        assertThat(board.tags().all()).containsExactly("kotlin");
    }

    @Test
    void only_an_admin_writes_tags() {
        Actor user = Actor.user(board.aUser());
        Tag tag = create("kotlin").value();

        assertThat(createTag.create(new CreateTag.Command(user, "java")).rejection())
                .isEqualTo(CatalogRefusals.ADMINS_ONLY);
        assertThat(renameTag.rename(new RenameTag.Command(user, tag.id(), "java")).rejection())
                .isEqualTo(CatalogRefusals.ADMINS_ONLY);
        assertThat(deleteTag.delete(new DeleteTag.Command(user, tag.id())).rejection())
                .isEqualTo(CatalogRefusals.ADMINS_ONLY);
        assertThat(board.tags().all()).containsExactly("kotlin");
    }

    @Test
    void a_name_of_1_to_50_characters_is_required() {
        for (String bad : new String[] {null, " ", "x".repeat(51)}) {
            assertThatThrownBy(() -> new CreateTag.Command(admin, bad)).isInstanceOfSatisfying(InvalidInput.class,
                    e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("name"));
            assertThatThrownBy(() -> new RenameTag.Command(admin, new TagId(UUID.randomUUID()), bad))
                    .isInstanceOf(InvalidInput.class);
        }
        assertThatThrownBy(() -> new CreateTag.Command(null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RenameTag.Command(admin, null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new DeleteTag.Command(admin, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_renamed_tag_shows_its_new_name_on_the_events_that_carry_it() {
        Tag tag = create("kotlin").value();
        Event event = board.given(anEvent().taggedWith("kotlin"));

        Tag renamed = renameTag.rename(new RenameTag.Command(admin, tag.id(), " KotlinConf ")).value();

        assertThat(renamed).isEqualTo(new Tag(tag.id(), "kotlinconf"));
        assertThat(board.tags().findById(tag.id())).contains(renamed);
        assertThat(board.events().get(event.id()).details().tags()).containsExactly("kotlinconf");
    }

    @Test
    void a_tag_may_keep_its_name_but_not_take_another_tags_name() {
        Tag kotlin = create("kotlin").value();
        create("java");

        assertThat(renameTag.rename(new RenameTag.Command(admin, kotlin.id(), "Kotlin")).value()).isEqualTo(kotlin);
        assertThat(renameTag.rename(new RenameTag.Command(admin, kotlin.id(), "JAVA")).rejection())
                .isEqualTo(TagRefusals.DUPLICATE);
        assertThat(board.tags().findById(kotlin.id())).contains(kotlin);
    }

    @Test
    void an_unknown_tag_is_not_found() {
        TagId unknown = new TagId(UUID.randomUUID());

        assertThat(showTag.show(unknown).rejection()).isEqualTo(TagRefusals.NOT_FOUND);
        assertThat(renameTag.rename(new RenameTag.Command(admin, unknown, "x")).rejection())
                .isEqualTo(TagRefusals.NOT_FOUND);
        assertThat(deleteTag.delete(new DeleteTag.Command(admin, unknown)).rejection())
                .isEqualTo(TagRefusals.NOT_FOUND);
    }

    @Test
    void a_tag_no_event_carries_is_deleted() {
        Tag tag = create("kotlin").value();

        assertThat(deleteTag.delete(new DeleteTag.Command(admin, tag.id())).value()).isEqualTo(tag);
        assertThat(board.tags().findById(tag.id())).isEmpty();
    }

    @Test
    void a_tag_that_events_carry_stays() {
        Tag tag = create("kotlin").value();
        board.given(anEvent().taggedWith("kotlin"));

        assertThat(deleteTag.delete(new DeleteTag.Command(admin, tag.id())).rejection())
                .isEqualTo(TagRefusals.IN_USE);
        assertThat(board.tags().findById(tag.id())).contains(tag);
    }

    @Test
    void tags_are_listed_by_name_a_page_at_a_time() {
        create("kotlin");
        create("java");
        create("go");

        Page<Tag> first = listTags.list(new PageRequest(1, 2));
        Page<Tag> second = listTags.list(new PageRequest(2, 2));

        assertThat(first.items()).extracting(Tag::name).containsExactly("go", "java");
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.totalExact()).isTrue();
        assertThat(second.items()).extracting(Tag::name).containsExactly("kotlin");
        assertThat(listTags.list(new PageRequest(3, 2)).items()).isEmpty();
    }
}
