package io.eventboard.application.catalog.tag;

import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.tag.Tag;
import io.eventboard.domain.tag.Tags;

/** Anyone browses the tags, by name. */
public final class ListTags {

    private final Tags tags;

    public ListTags(Tags tags) {
        this.tags = tags;
    }

    public Page<Tag> list(PageRequest page) {
        return tags.list(page);
    }
}
