package io.eventboard.application.catalog.tag;

import io.eventboard.application.catalog.CatalogEditor;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.tag.Tag;
import io.eventboard.domain.tag.TagId;
import io.eventboard.domain.tag.TagRefusals;
import io.eventboard.domain.tag.Tags;
import io.eventboard.domain.user.Actor;
import java.util.Objects;

/** An admin renames a tag; the events that carry it carry the new name from then on. */
public final class RenameTag {

    public record Command(Actor actor, TagId tag, String name) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(tag, "tag");
            name = Tag.normalizeName(name);
        }
    }

    private final CatalogEditor<Tag, TagId> editor;

    public RenameTag(Transactions transactions, Tags tags) {
        this.editor = new CatalogEditor<>(transactions, tags, TagRefusals.ALL);
    }

    public Result<Tag> rename(Command command) {
        return editor.change(command.actor(), command.tag(), current -> new Tag(current.id(), command.name()));
    }
}
