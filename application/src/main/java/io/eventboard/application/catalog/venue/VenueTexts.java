package io.eventboard.application.catalog.venue;

/** How the venue commands tidy their texts. */
final class VenueTexts {

    private VenueTexts() {
    }

    static String strip(String text) {
        return text == null ? null : text.strip();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
