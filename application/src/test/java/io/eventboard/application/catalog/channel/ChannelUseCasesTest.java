package io.eventboard.application.catalog.channel;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.catalog.CatalogRefusals;
import io.eventboard.domain.channel.Channel;
import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.channel.ChannelRefusals;
import io.eventboard.domain.common.FieldError;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.user.Actor;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChannelUseCasesTest {

    private final TestBoard board = TestBoard.now();
    private final Actor admin = board.anAdmin();
    private final CreateChannel createChannel = new CreateChannel(board.transactions(), board.channels(),
            board.clock());
    private final RenameChannel renameChannel = new RenameChannel(board.transactions(), board.channels());
    private final DeleteChannel deleteChannel = new DeleteChannel(board.transactions(), board.channels());
    private final ListChannels listChannels = new ListChannels(board.channels());
    private final ShowChannel showChannel = new ShowChannel(board.channels());

    private Result<Channel> create(String name) {
        return createChannel.create(new CreateChannel.Command(admin, name));
    }

    @Test
    void an_admin_creates_a_channel_whose_name_keeps_its_case() {
        Channel channel = create(" Kotlin User Group ").value();

        assertThat(channel.name()).isEqualTo("Kotlin User Group");
        assertThat(channel.id().value().version()).isEqualTo(7);
        assertThat(showChannel.show(channel.id()).value()).isEqualTo(channel);
        assertThat(board.channels().exists(channel.id())).isTrue();
    }

    @Test
    void a_channel_name_is_taken_whatever_its_case() {
        Channel kotlin = create("Kotlin").value();
        Channel java = create("Java").value();

        assertThat(create("KOTLIN").rejection()).isEqualTo(ChannelRefusals.DUPLICATE);
        assertThat(renameChannel.rename(new RenameChannel.Command(admin, java.id(), "kotlin")).rejection())
                .isEqualTo(ChannelRefusals.DUPLICATE);
        assertThat(renameChannel.rename(new RenameChannel.Command(admin, kotlin.id(), "KOTLIN")).value().name())
                .isEqualTo("KOTLIN");
    }

    @Test
    void a_name_of_1_to_100_characters_is_required() {
        for (String bad : new String[] {null, "  ", "c".repeat(101)}) {
            assertThatThrownBy(() -> new CreateChannel.Command(admin, bad))
                    .isInstanceOfSatisfying(InvalidInput.class,
                            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("name"));
            assertThatThrownBy(() -> new RenameChannel.Command(admin, new ChannelId(UUID.randomUUID()), bad))
                    .isInstanceOf(InvalidInput.class);
        }
        assertThatThrownBy(() -> new CreateChannel.Command(null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RenameChannel.Command(admin, null, "x"))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new DeleteChannel.Command(admin, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void only_an_admin_writes_channels() {
        Actor user = Actor.user(board.aUser());
        Channel channel = create("Kotlin").value();

        assertThat(createChannel.create(new CreateChannel.Command(user, "Java")).rejection())
                .isEqualTo(CatalogRefusals.ADMINS_ONLY);
        assertThat(renameChannel.rename(new RenameChannel.Command(user, channel.id(), "Java")).rejection())
                .isEqualTo(CatalogRefusals.ADMINS_ONLY);
        assertThat(deleteChannel.delete(new DeleteChannel.Command(user, channel.id())).rejection())
                .isEqualTo(CatalogRefusals.ADMINS_ONLY);
    }

    @Test
    void an_unknown_channel_is_not_found() {
        ChannelId unknown = new ChannelId(UUID.randomUUID());

        assertThat(showChannel.show(unknown).rejection()).isEqualTo(ChannelRefusals.NOT_FOUND);
        assertThat(renameChannel.rename(new RenameChannel.Command(admin, unknown, "x")).rejection())
                .isEqualTo(ChannelRefusals.NOT_FOUND);
        assertThat(deleteChannel.delete(new DeleteChannel.Command(admin, unknown)).rejection())
                .isEqualTo(ChannelRefusals.NOT_FOUND);
    }

    @Test
    void a_channel_is_deleted_unless_events_are_published_in_it() {
        Channel used = create("Kotlin").value();
        Channel unused = create("Java").value();
        board.given(anEvent().inChannel(used.id()));

        assertThat(deleteChannel.delete(new DeleteChannel.Command(admin, used.id())).rejection())
                .isEqualTo(ChannelRefusals.IN_USE);
        assertThat(deleteChannel.delete(new DeleteChannel.Command(admin, unused.id())).value()).isEqualTo(unused);
        assertThat(board.channels().exists(used.id())).isTrue();
        assertThat(board.channels().exists(unused.id())).isFalse();
    }

    @Test
    void channels_are_listed_by_name_ignoring_case() {
        create("kotlin");
        create("Java");
        create("android");

        assertThat(listChannels.list(PageRequest.first()).items()).extracting(Channel::name)
                .containsExactly("android", "Java", "kotlin");
        assertThat(listChannels.list(new PageRequest(2, 2)).items()).extracting(Channel::name)
                .containsExactly("kotlin");
    }
}
