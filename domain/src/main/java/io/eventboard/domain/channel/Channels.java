package io.eventboard.domain.channel;

import io.eventboard.domain.catalog.CatalogEntries;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;

/** Port: the known channels; admins keep them through the {@link CatalogEntries} methods. */
public interface Channels extends CatalogEntries<Channel, ChannelId> {

    boolean exists(ChannelId id);

    /** One page of the channels, by name. */
    Page<Channel> list(PageRequest page);
}
