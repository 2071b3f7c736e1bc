package io.eventboard.domain.tag;

import io.eventboard.domain.catalog.CatalogEntries;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import java.util.Set;

/** Port: the known tags; admins keep them through the {@link CatalogEntries} methods. */
public interface Tags extends CatalogEntries<Tag, TagId> {

    /** Those of the given names that no tag has; empty when all are known. */
    Set<String> unknown(Set<String> names);

    /** Creates the tags that do not exist yet (used by provider sync, where upstream decides the tags). */
    void ensure(Set<String> names);

    /** One page of the tags, by name. */
    Page<Tag> list(PageRequest page);
}
