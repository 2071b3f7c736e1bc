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

/** An admin deletes a tag that no event carries. */
public final class DeleteTag {

    public record Command(Actor actor, TagId tag) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(tag, "tag");
        }
    }

    private final CatalogEditor<Tag, TagId> editor;

    public DeleteTag(Transactions transactions, Tags tags) {
        this.editor = new CatalogEditor<>(transactions, tags, TagRefusals.ALL);
    }

    /** The deleted tag as it was. */
    public Result<Tag> delete(Command command) {
        return editor.delete(command.actor(), command.tag());
    }
}
