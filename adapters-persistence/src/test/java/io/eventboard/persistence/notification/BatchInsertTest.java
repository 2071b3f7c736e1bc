package io.eventboard.persistence.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.persistence.notification.BatchInsert.Column;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BatchInsertTest {

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();

    @Test
    void columnsAllRowsAgreeOnAreSelectedOnceTheOthersUnnested() {
        BatchInsert insert = new BatchInsert("t", List.of(
                Column.uuids("id", List.of(A, B)),
                Column.texts("kind", "text", List.of("X", "X")),
                Column.texts("rank", "int", List.of("1", "2")),
                Column.texts("error", "text", Arrays.asList(null, null))), "ON CONFLICT DO NOTHING");

        assertThat(insert.sql()).isEqualTo("INSERT INTO t (id, kind, rank, error) "
                + "SELECT v.id::uuid, ?::text, v.rank::int, ?::text FROM unnest(?::uuid[], ?::text[]) AS v(id, rank) "
                + "ON CONFLICT DO NOTHING");
    }

    @Test
    void theFirstColumnIsUnnestedEvenForOneRow() {
        BatchInsert insert = new BatchInsert("t", List.of(
                Column.uuids("id", List.of(A)), Column.texts("kind", "text", List.of("X"))), "");

        assertThat(insert.sql()).isEqualTo("INSERT INTO t (id, kind) SELECT v.id::uuid, ?::text "
                + "FROM unnest(?::uuid[]) AS v(id) ");
    }
}
