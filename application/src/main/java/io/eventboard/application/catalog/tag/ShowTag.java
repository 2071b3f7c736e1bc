package io.eventboard.application.catalog.tag;

import io.eventboard.domain.common.Result;
import io.eventboard.domain.tag.Tag;
import io.eventboard.domain.tag.TagId;
import io.eventboard.domain.tag.TagRefusals;
import io.eventboard.domain.tag.Tags;

/** Anyone looks up one tag. */
public final class ShowTag {

    private final Tags tags;

    public ShowTag(Tags tags) {
        this.tags = tags;
    }

    public Result<Tag> show(TagId id) {
        return tags.findById(id).map(Result::accepted).orElseGet(() -> Result.rejected(TagRefusals.NOT_FOUND));
    }
}
