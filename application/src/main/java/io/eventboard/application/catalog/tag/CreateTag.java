package io.eventboard.application.catalog.tag;

import io.eventboard.application.catalog.CatalogEditor;
import io.eventboard.domain.common.Ids;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.tag.Tag;
import io.eventboard.domain.tag.TagId;
import io.eventboard.domain.tag.TagRefusals;
import io.eventboard.domain.tag.Tags;
import io.eventboard.domain.user.Actor;
import java.time.Clock;
import java.util.Objects;

/** An admin adds a tag; its name is stored trimmed and lower-case, and must be new. */
public final class CreateTag {

    public record Command(Actor actor, String name) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            name = Tag.normalizeName(name);
        }
    }

    private final CatalogEditor<Tag, TagId> editor;
    private final Clock clock;

    public CreateTag(Transactions transactions, Tags tags, Clock clock) {
        this.editor = new CatalogEditor<>(transactions, tags, TagRefusals.ALL);
        this.clock = clock;
    }

    public Result<Tag> create(Command command) {
        Tag tag = new Tag(new TagId(Ids.timeOrdered(clock.instant())), command.name());
        return editor.create(command.actor(), tag);
    }
}
