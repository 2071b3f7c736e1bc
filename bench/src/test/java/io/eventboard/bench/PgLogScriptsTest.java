package io.eventboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PgLogScriptsTest {

    private static final String AT = "2026-12-06 14:08:13.538 UTC ";

    @Test
    void splits_the_statements_of_one_database_at_the_markers_and_writes_the_parameters_in() {
        List<String> log = List.of(
                AT + "[16178] postgres@eb_bench LOG:  statement: BEGIN",
                AT + "[16178] postgres@eb_bench LOG:  execute <unnamed>: SELECT e.id FROM events e",
                "\tWHERE e.title = $1 LIMIT $2",
                AT + "[16178] postgres@eb_bench DETAIL:  parameters: $1 = 'Jazz ''n'' Blues', $2 = '11'",
                AT + "[16100] postgres@other_db LOG:  statement: DELETE FROM everything",
                AT + "[16178] postgres@eb_bench LOG:  execute S_1: COMMIT",
                AT + "[16200] postgres@eb_bench LOG:  statement: SELECT 'bench-marker-1'",
                AT + "[16178] postgres@eb_bench LOG:  execute <unnamed>: SELECT 1",
                AT + "[16178] postgres@eb_bench LOG:  execute <unnamed>: SELECT count(*) FROM events WHERE venue_id = $1",
                AT + "[16178] postgres@eb_bench DETAIL:  parameters: $1 = NULL",
                AT + "[16201] postgres@eb_bench LOG:  statement: SELECT 'bench-marker-2'");

        assertThat(PgLogScripts.scripts(log, "eb_bench")).containsExactly(
                List.of("BEGIN", "SELECT e.id FROM events e\nWHERE e.title = 'Jazz ''n'' Blues' LIMIT '11'", "COMMIT"),
                List.of("SELECT count(*) FROM events WHERE venue_id = NULL"));
    }

    @Test
    void writes_in_parameter_ten_without_mistaking_it_for_parameter_one() {
        assertThat(PgLogScripts.bind("SELECT $1, $10", "parameters: $1 = 'a', $10 = 'j'")).isEqualTo("SELECT 'a', 'j'");
    }

    @Test
    void reads_long_parameter_values() {
        String longValue = "x".repeat(200_000);

        assertThat(PgLogScripts.bind("SELECT $1", "parameters: $1 = '" + longValue + "'"))
                .isEqualTo("SELECT '" + longValue + "'");
    }
}
