package io.eventboard.domain.channel;

import io.eventboard.domain.catalog.CatalogRefusals;
import io.eventboard.domain.common.Rejection;

/** The stable codes of every refusal about channels. */
public final class ChannelRefusals {

    public static final Rejection NOT_FOUND = Rejection.notFound("channel.not-found", "No such channel.");
    public static final Rejection DUPLICATE = Rejection.conflict("channel.duplicate",
            "A channel of that name exists already (channel names ignore case).");
    public static final Rejection IN_USE = Rejection.conflict("channel.in-use",
            "Events are still published in the channel; move or delete them first.");
    public static final CatalogRefusals ALL = new CatalogRefusals(NOT_FOUND, DUPLICATE, IN_USE);

    private ChannelRefusals() {
    }
}
