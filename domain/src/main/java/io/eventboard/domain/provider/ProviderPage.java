package io.eventboard.domain.provider;

import java.util.List;
import java.util.Optional;

/**
 * One page of a provider's feed. Records that could not be read are counted in {@code malformed}, so one
 * broken record never stops a sync. {@code nextCursor} is empty on the last page.
 */
public record ProviderPage(List<ExternalEvent> events, int malformed, Optional<String> nextCursor) {

    public ProviderPage {
        events = List.copyOf(events);
    }
}
