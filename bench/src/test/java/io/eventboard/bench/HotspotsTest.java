package io.eventboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HotspotsTest {

    private static final List<String> JFR_PRINT = List.of(
            "jdk.ExecutionSample {",
            "  startTime = 14:18:03.454",
            "  stackTrace = [",
            "    java.lang.String.hashCode() line: 2345",
            "    io.eventboard.persistence.event.PostgresEvents.lockById(EventId) line: 80",
            "    io.eventboard.application.booking.SeatLedger.change(EventId, UserId) line: 70",
            "    ...",
            "  ]",
            "}",
            "",
            "jdk.ExecutionSample {",
            "  stackTrace = [",
            "    java.lang.String.hashCode() line: 2345",
            "    io.eventboard.application.booking.SeatLedger.change(EventId, UserId) line: 70",
            "  ]",
            "}",
            "jdk.ExecutionSample {",
            "  stackTrace = [",
            "    sun.nio.ch.EPoll.wait(int, long, int, int)",
            "  ]",
            "}",
            "jdk.NativeMethodSample {",
            "  stackTrace = [",
            "    sun.nio.ch.SocketDispatcher.read0(FileDescriptor, long, int)",
            "    io.eventboard.persistence.jdbc.Sql.list(String, Sql$Binder, Sql$RowMapper) line: 12",
            "  ]",
            "}");

    @Test
    void reads_one_stack_per_sample_top_frame_first_without_line_numbers() {
        assertThat(Hotspots.stacks(JFR_PRINT, "jdk.ExecutionSample")).containsExactly(
                List.of("java.lang.String.hashCode()", "io.eventboard.persistence.event.PostgresEvents.lockById(EventId)",
                        "io.eventboard.application.booking.SeatLedger.change(EventId, UserId)"),
                List.of("java.lang.String.hashCode()", "io.eventboard.application.booking.SeatLedger.change(EventId, UserId)"),
                List.of("sun.nio.ch.EPoll.wait(int, long, int, int)"));
    }

    @Test
    void ranks_methods_by_samples_on_top_and_our_methods_by_samples_anywhere() {
        String report = Hotspots.report(JFR_PRINT, 15);

        assertThat(report).contains("execution samples (threads running Java code): 3")
                .contains("     2  66.7%  java.lang.String.hashCode()\n     1  33.3%  sun.nio.ch.EPoll.wait")
                .contains("     2  66.7%  io.eventboard.application.booking.SeatLedger.change(EventId, UserId)\n"
                        + "     1  33.3%  io.eventboard.persistence.event.PostgresEvents.lockById(EventId)");
    }

    @Test
    void shows_where_our_code_waits_from_the_samples_of_threads_in_native_code() {
        String report = Hotspots.report(JFR_PRINT, 15);

        assertThat(report.substring(report.indexOf("native method samples")))
                .contains("samples (threads in native code, mostly waiting on a socket): 1")
                .contains("     1 100.0%  io.eventboard.persistence.jdbc.Sql.list(String, Sql$Binder, Sql$RowMapper)")
                .doesNotContain("SeatLedger");
    }
}
