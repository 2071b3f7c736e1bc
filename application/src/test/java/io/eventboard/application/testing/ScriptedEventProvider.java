package io.eventboard.application.testing;

import io.eventboard.domain.provider.EventProvider;
import io.eventboard.domain.provider.ExternalEvent;
import io.eventboard.domain.provider.ProviderPage;
import io.eventboard.domain.provider.ProviderUnavailable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An events provider whose feed a test writes page by page. Page {@code n} (from 0) is reached with cursor
 * {@code "page-n"}; the last page has no next cursor. Every fetch is recorded.
 */
public final class ScriptedEventProvider implements EventProvider {

    /** One call of {@link #fetch}. */
    public record Fetch(Optional<Instant> changedSince, Optional<String> cursor) {
    }

    private record Script(List<ExternalEvent> events, int malformed) {
    }

    private final String name;
    private final List<Script> pages = new ArrayList<>();
    private final List<Fetch> fetches = new ArrayList<>();
    private int unavailablePage = -1;

    public ScriptedEventProvider(String name) {
        this.name = name;
    }

    /** Appends a page with these events and {@code malformed} records that could not be read. */
    public synchronized ScriptedEventProvider page(int malformed, ExternalEvent... events) {
        pages.add(new Script(List.of(events), malformed));
        return this;
    }

    public ScriptedEventProvider page(ExternalEvent... events) {
        return page(0, events);
    }

    /** Page {@code index} cannot be had: fetching it throws {@link ProviderUnavailable} until {@link #clear}. */
    public synchronized ScriptedEventProvider unavailableAt(int index) {
        unavailablePage = index;
        return this;
    }

    /** Forgets the feed and its failures (not the recorded fetches), so the test can write a new one. */
    public synchronized ScriptedEventProvider clear() {
        pages.clear();
        unavailablePage = -1;
        return this;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized ProviderPage fetch(Optional<Instant> changedSince, Optional<String> cursor) {
        fetches.add(new Fetch(changedSince, cursor));
        int index = cursor.map(ScriptedEventProvider::pageNumber).orElse(0);
        if (pages.isEmpty() && index == 0) {
            return new ProviderPage(List.of(), 0, Optional.empty());
        }
        if (index == unavailablePage) {
            throw new ProviderUnavailable("page " + index + " failed 4 times (HTTP 503)");
        }
        if (index >= pages.size()) {
            throw new IllegalArgumentException("unknown cursor " + cursor.orElseThrow());
        }
        Script page = pages.get(index);
        Optional<String> next = index + 1 < pages.size() ? Optional.of("page-" + (index + 1)) : Optional.empty();
        return new ProviderPage(page.events(), page.malformed(), next);
    }

    public synchronized List<Fetch> fetches() {
        return List.copyOf(fetches);
    }

    private static int pageNumber(String cursor) {
        if (!cursor.startsWith("page-")) {
            throw new IllegalArgumentException("unknown cursor " + cursor);
        }
        return Integer.parseInt(cursor.substring("page-".length()));
    }
}
