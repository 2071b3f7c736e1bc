package io.eventboard.persistence.event;

import io.eventboard.domain.common.InvalidInput;
import io.eventboard.persistence.event.EventOrder.Position;
import io.eventboard.persistence.event.EventOrder.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Keyset cursors: base64url (no padding) of {@code sort|value…|id}, e.g. {@code -start|2026-06-01T10:00:00Z|<id>}.
 * The sort is part of the cursor, so a cursor handed to a listing in another order is refused instead of
 * silently continuing from the wrong place. Opaque to clients; not a secret (it only names a visible event).
 */
final class EventCursor {

    static final String FIELD = "after";
    static final String REFUSAL = "is not a cursor from this listing";

    private static final String SEPARATOR = "|";

    private EventCursor() {
    }

    static String encode(EventOrder order, Position position) {
        List<Type> types = order.types();
        StringBuilder text = new StringBuilder(order.sort().toString());
        for (int i = 0; i < types.size(); i++) {
            text.append(SEPARATOR).append(types.get(i).format(position.values().get(i)));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidInput naming {@code after} when the cursor was not made by {@link #encode} for this order */
    static Position decode(String cursor, EventOrder order) {
        try {
            String[] parts = decodeText(cursor).split("\\|", -1);
            List<Type> types = order.types();
            if (parts.length != types.size() + 1 || !parts[0].equals(order.sort().toString())) {
                throw refused();
            }
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < types.size(); i++) {
                values.add(types.get(i).parse(parts[i + 1]));
            }
            return new Position(values);
        } catch (RuntimeException | CharacterCodingException e) {
            if (e instanceof InvalidInput invalid) {
                throw invalid;
            }
            throw refused();
        }
    }

    private static String decodeText(String cursor) throws CharacterCodingException {
        byte[] bytes = Base64.getUrlDecoder().decode(cursor);
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static InvalidInput refused() {
        return InvalidInput.of(FIELD, REFUSAL);
    }
}
