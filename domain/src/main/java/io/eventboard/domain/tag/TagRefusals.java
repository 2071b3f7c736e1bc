package io.eventboard.domain.tag;

import io.eventboard.domain.catalog.CatalogRefusals;
import io.eventboard.domain.common.Rejection;

/** The stable codes of every refusal about tags. */
public final class TagRefusals {

    public static final Rejection NOT_FOUND = Rejection.notFound("tag.not-found", "No such tag.");
    public static final Rejection DUPLICATE = Rejection.conflict("tag.duplicate",
            "A tag of that name exists already (tag names ignore case).");
    public static final Rejection IN_USE = Rejection.conflict("tag.in-use",
            "Events still carry the tag; remove it from them first.");
    public static final CatalogRefusals ALL = new CatalogRefusals(NOT_FOUND, DUPLICATE, IN_USE);

    private TagRefusals() {
    }
}
