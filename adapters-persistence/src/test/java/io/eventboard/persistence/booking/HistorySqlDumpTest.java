package io.eventboard.persistence.booking;

import static io.eventboard.persistence.jdbc.BenchQueries.seededId;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.domain.common.PageRequest;
import io.eventboard.persistence.jdbc.BenchQueries;
import io.eventboard.domain.user.UserId;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The booking history SQL for bench/listing, like ListingSqlDumpTest: written to target/bench, no database. */
class HistorySqlDumpTest {

    @Test
    void writesTheBenchmarkQueries() throws Exception {
        BenchQueries queries = new BenchQueries();
        for (String user : new String[] {"user-1", "user-50000"}) {
            UserId id = new UserId(seededId(user));
            queries.add("booking history | " + user + " | page 1", PostgresBookingHistory.page(id, PageRequest.first()));
            queries.add("booking history | " + user + " | count", PostgresBookingHistory.count(id));
        }
        queries.write(Path.of("target", "bench", "history-queries.sql"));

        assertThat(queries.size()).isEqualTo(4);
    }
}
