package io.eventboard.persistence.event;

import io.eventboard.application.event.query.EventSort;
import io.eventboard.application.event.query.EventView;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.persistence.jdbc.Params;
import io.eventboard.persistence.jdbc.SqlBuilder;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The total order of an event listing: the sort's columns, then the id, all in one direction, so that every event
 * has exactly one place and an index on the same columns returns rows in that order (read backwards for
 * descending sorts). Events that tie on the sort key (the same status, the same average, most of all the many
 * unrated ones at 0) follow by start. STATUS orders by the status name (ascending: cancelled, completed, ongoing,
 * scheduled; descending is therefore the lifecycle order).
 *
 * <p>The start in second place also matters for speed: the index of each order then holds starts_at, so a from/to
 * filter in another order (upcoming events by rating) is checked inside the index instead of on every table row
 * the walk passes.
 */
final class EventOrder {

    /** The values of one event in the order's columns: where a keyset page continues after it. */
    record Position(List<Object> values) {

        Position {
            values = List.copyOf(values);
        }
    }

    /** The type of an order column: how its value is written into a cursor, read back and bound. */
    enum Type {
        INSTANT {
            @Override
            Object parse(String text) {
                Instant value = Instant.parse(text);
                if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
                    throw new IllegalArgumentException("instant out of range: " + text);
                }
                return value;
            }

            @Override
            void bind(Params params, Object value) throws SQLException {
                params.instant((Instant) value);
            }
        },
        FLOAT8 {
            /** {@link Double#toString} and {@link Double#parseDouble} round-trip exactly. */
            @Override
            Object parse(String text) {
                double value = Double.parseDouble(text);
                if (!(value >= 0 && value <= 5)) {
                    throw new IllegalArgumentException("not an average rating: " + text);
                }
                return value;
            }

            @Override
            void bind(Params params, Object value) throws SQLException {
                params.float8((Double) value);
            }
        },
        STATUS {
            @Override
            Object parse(String text) {
                return EventStatus.valueOf(text).name();
            }

            @Override
            void bind(Params params, Object value) throws SQLException {
                params.text((String) value);
            }
        },
        ID {
            @Override
            Object parse(String text) {
                UUID value = UUID.fromString(text);
                if (!value.toString().equals(text)) {
                    throw new IllegalArgumentException("not a canonical id: " + text);
                }
                return value;
            }

            @Override
            void bind(Params params, Object value) throws SQLException {
                params.uuid((UUID) value);
            }
        };

        private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
        private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

        String format(Object value) {
            return value.toString();
        }

        /** @throws RuntimeException when the text is not a value of this type */
        abstract Object parse(String text);

        abstract void bind(Params params, Object value) throws SQLException;
    }

    private record Column(String sql, Type type, Function<EventView, Object> value) {
    }

    private static final Column STARTS_AT = new Column("e.starts_at", Type.INSTANT, EventView::startsAt);
    private static final Column CREATED_AT = new Column("e.created_at", Type.INSTANT, EventView::createdAt);
    private static final Column RATING_AVG = new Column("e.rating_avg", Type.FLOAT8, EventView::ratingAvg);
    private static final Column STATUS = new Column("e.status", Type.STATUS, view -> view.status().name());
    private static final Column ID = new Column("e.id", Type.ID, EventView::id);

    private final EventSort sort;
    private final List<Column> columns;

    private EventOrder(EventSort sort, List<Column> columns) {
        this.sort = sort;
        this.columns = columns;
    }

    static EventOrder of(EventSort sort) {
        List<Column> columns = switch (sort.key()) {
            case START -> List.of(STARTS_AT, ID);
            case CREATED -> List.of(CREATED_AT, STARTS_AT, ID);
            case RATING -> List.of(RATING_AVG, STARTS_AT, ID);
            case STATUS -> List.of(STATUS, STARTS_AT, ID);
        };
        return new EventOrder(sort, columns);
    }

    EventSort sort() {
        return sort;
    }

    List<Type> types() {
        return columns.stream().map(Column::type).toList();
    }

    /** {@code ORDER BY e.starts_at DESC, e.id DESC}. */
    String orderBy() {
        String direction = sort.descending() ? " DESC" : "";
        return "ORDER BY " + columns.stream().map(column -> column.sql() + direction)
                .collect(Collectors.joining(", "));
    }

    /**
     * Strictly after the position in this order, as one row comparison: {@code (e.starts_at, e.id) > (?, ?)}
     * ({@code <} when descending), which PostgreSQL turns into a single index range condition.
     */
    SqlBuilder after(Position position) {
        String names = columns.stream().map(Column::sql).collect(Collectors.joining(", "));
        String marks = columns.stream().map(column -> "?").collect(Collectors.joining(", "));
        return new SqlBuilder().append("(" + names + ") " + (sort.descending() ? "<" : ">") + " (" + marks + ")",
                params -> {
                    for (int i = 0; i < columns.size(); i++) {
                        columns.get(i).type().bind(params, position.values().get(i));
                    }
                });
    }

    Position positionOf(EventView view) {
        List<Object> values = new ArrayList<>();
        for (Column column : columns) {
            values.add(column.value().apply(view));
        }
        return new Position(values);
    }
}
