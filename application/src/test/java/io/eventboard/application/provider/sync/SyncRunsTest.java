package io.eventboard.application.provider.sync;

import static io.eventboard.application.testing.ExternalEventBuilder.anExternalEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.account.login.LogIn;
import io.eventboard.application.booking.book.BookSeat;
import io.eventboard.application.provider.sync.SyncEventsFromProvider.Command;
import io.eventboard.application.testing.ScriptedEventProvider.Fetch;
import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.ExternalRef;
import io.eventboard.domain.notification.NotificationKind;
import io.eventboard.domain.provider.EventProvider;
import io.eventboard.domain.provider.ProviderPage;
import io.eventboard.domain.user.Role;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** Runs of a sync: checkpoints, claims across servers, interruptions, and the provider's system account. */
class SyncRunsTest {

    private final TestBoard board = TestBoard.now();
    private final SyncEventsFromProvider sync = board.syncEventsFromProvider();
    private final Instant monday = board.instant().minus(Duration.ofDays(3));
    private final Instant tuesday = monday.plus(Duration.ofDays(1));

    private SyncReport run(Command command) {
        return sync.sync(command).value();
    }

    /** A sync of the board whose provider fetches pages with {@code fetch}. */
    private SyncEventsFromProvider syncFrom(BiFunction<Optional<Instant>, Optional<String>, ProviderPage> fetch) {
        EventProvider provider = new EventProvider() {
            @Override
            public String name() {
                return TestBoard.PROVIDER;
            }

            @Override
            public ProviderPage fetch(Optional<Instant> changedSince, Optional<String> cursor) {
                return fetch.apply(changedSince, cursor);
            }
        };
        return new SyncEventsFromProvider(board.transactions(), provider, board.events(), board.venues(),
                board.tags(), board.attendeeNotices(), board.promotions(), board.users(), board.syncLedger(),
                board.clock());
    }

    private Optional<Instant> checkpoint() {
        return board.syncLedger().checkpoint(TestBoard.PROVIDER);
    }

    @Test
    void the_first_run_reads_the_whole_feed_and_a_complete_run_moves_the_checkpoint_to_its_latest_change() {
        board.provider().page(anExternalEvent("a").changedAt(tuesday).build(),
                anExternalEvent("b").changedAt(monday).build());

        SyncReport first = run(Command.sinceCheckpoint());

        assertThat(first.since()).isEmpty();
        assertThat(checkpoint()).contains(tuesday);

        SyncReport second = run(Command.sinceCheckpoint());

        assertThat(second.since()).contains(tuesday);
        assertThat(second.counts()).isEqualTo(new SyncSummary(0, 0, 2, 0));
        assertThat(board.provider().fetches()).containsExactly(new Fetch(Optional.empty(), Optional.empty()),
                new Fetch(Optional.of(tuesday), Optional.empty()));
    }

    @Test
    void malformed_records_do_not_move_the_checkpoint() {
        board.provider().page(anExternalEvent("ok").changedAt(monday).build(),
                anExternalEvent("broken").titled(" ").changedAt(tuesday).build());

        run(Command.everything());

        assertThat(checkpoint()).contains(monday);
    }

    @Test
    void a_run_stopped_by_the_provider_keeps_what_it_imported_and_the_next_run_resumes_without_duplicates() {
        board.provider().page(anExternalEvent("a").changedAt(monday).build())
                .page(anExternalEvent("b").changedAt(tuesday).build())
                .unavailableAt(1);

        SyncReport stopped = run(Command.sinceCheckpoint());

        assertThat(stopped.completed()).isFalse();
        assertThat(stopped.interruptedBy()).hasValueSatisfying(reason -> assertThat(reason).contains("503"));
        assertThat(stopped.counts()).isEqualTo(new SyncSummary(1, 0, 0, 0));
        assertThat(checkpoint()).isEmpty();
        assertThat(board.syncLedger().isClaimed(TestBoard.PROVIDER)).isFalse();
        assertThat(board.syncLedger().lastRun(TestBoard.PROVIDER)).contains(stopped);

        board.provider().clear().page(anExternalEvent("a").changedAt(monday).build())
                .page(anExternalEvent("b").changedAt(tuesday).build());
        SyncReport resumed = run(Command.sinceCheckpoint());

        assertThat(resumed.since()).isEmpty();
        assertThat(resumed.counts()).isEqualTo(new SyncSummary(1, 0, 1, 0));
        assertThat(board.events().all()).hasSize(2);
        assertThat(checkpoint()).contains(tuesday);
    }

    @Test
    void while_another_server_holds_the_sync_a_run_is_refused_and_an_expired_claim_is_taken_over() {
        board.syncLedger().claimedElsewhere(TestBoard.PROVIDER, board.instant().plusSeconds(60));

        Result<SyncReport> refused = sync.sync(Command.everything());

        assertThat(refused.isAccepted()).isFalse();
        assertThat(refused.rejection().code()).isEqualTo("provider.sync-running");
        assertThat(board.provider().fetches()).isEmpty();

        board.advance(Duration.ofSeconds(61));

        assertThat(sync.sync(Command.everything()).isAccepted()).isTrue();
    }

    @Test
    void a_run_that_loses_its_claim_midway_imports_no_further_page() {
        board.provider().page(anExternalEvent("a").build()).page(anExternalEvent("b").build());
        SyncEventsFromProvider slow = syncFrom((since, cursor) -> {
            if (cursor.isPresent()) {
                // the second page took so long that the claim expired and another server took it
                board.syncLedger().claimedElsewhere(TestBoard.PROVIDER, board.instant().plusSeconds(60));
            }
            return board.provider().fetch(since, cursor);
        });

        SyncReport report = slow.sync(Command.everything()).value();

        assertThat(report.completed()).isFalse();
        assertThat(report.interruptedBy()).contains("the claim on the sync expired and another run took it over");
        assertThat(report.counts()).isEqualTo(new SyncSummary(1, 0, 0, 0));
        assertThat(board.events().all()).hasSize(1);
    }

    @Test
    void each_page_is_one_transaction_with_the_extension_of_the_claim() {
        board.provider().page(anExternalEvent("a").build(), anExternalEvent("b").build(), anExternalEvent(" ").build())
                .page(anExternalEvent("c").build());
        int before = board.database().committedTransactions();

        run(Command.everything());

        // the claim, the account, the checkpoint, one per page, and the release
        assertThat(board.database().committedTransactions() - before).isEqualTo(6);
    }

    @Test
    void a_failure_that_is_not_the_providers_releases_the_claim_and_reaches_the_caller() {
        board.provider().page(anExternalEvent("a").build());
        SyncEventsFromProvider broken = syncFrom((since, cursor) -> {
            throw new IllegalStateException("database went away");
        });

        assertThatThrownBy(() -> broken.sync(Command.everything())).hasMessage("database went away");

        assertThat(board.syncLedger().isClaimed(TestBoard.PROVIDER)).isFalse();
        assertThat(board.syncLedger().lastRun(TestBoard.PROVIDER)).hasValueSatisfying(run ->
                assertThat(run.interruptedBy()).hasValueSatisfying(reason ->
                        assertThat(reason).contains("database went away")));
    }

    @Test
    void a_run_since_a_day_after_the_checkpoint_leaves_the_checkpoint_and_one_before_it_moves_it() {
        board.provider().page(anExternalEvent("a").changedAt(monday).build());
        run(Command.everything());
        board.provider().clear().page(anExternalEvent("a").changedAt(board.instant()).titled("Later").build());

        run(Command.changedSince(LocalDate.parse("2100-01-01")));
        assertThat(checkpoint()).contains(monday);

        run(Command.changedSince(LocalDate.parse("2000-01-01")));
        assertThat(checkpoint()).contains(board.instant());
    }

    @Test
    void a_full_run_and_a_run_since_a_day_cannot_be_asked_for_at_once() {
        assertThatThrownBy(() -> new Command(LocalDate.parse("2026-01-01"), true))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("all");
    }

    @Test
    void imported_events_belong_to_a_disabled_system_account_named_after_the_provider_created_once() {
        board.provider().page(anExternalEvent("a").build());

        run(Command.everything());
        run(Command.everything());

        UserAccount account = board.users().findById(TestBoard.SYSTEM_USER).orElseThrow();
        assertThat(account.username()).isEqualTo(TestBoard.PROVIDER);
        assertThat(account.enabled()).isFalse();
        assertThat(account.role()).isEqualTo(Role.USER);
        assertThat(board.logIn().logIn(new LogIn.Command(TestBoard.PROVIDER, "!")).isAccepted()).isFalse();
        assertThat(board.users().list(null, PageRequest.first()).items()).hasSize(1);
    }

    @Test
    void a_local_account_with_the_providers_name_stops_the_sync_with_a_refusal() {
        board.given(new UserAccount(new UserId(UUID.randomUUID()), TestBoard.PROVIDER, "acme@example.org", "x",
                Role.USER, true, board.instant()));
        board.provider().page(anExternalEvent("a").build());

        Result<SyncReport> refused = sync.sync(Command.everything());

        assertThat(refused.rejection().code()).isEqualTo("provider.account-taken");
        assertThat(board.events().all()).isEmpty();
        assertThat(board.syncLedger().isClaimed(TestBoard.PROVIDER)).isFalse();
    }

    @Test
    void an_event_moved_upstream_tells_its_attendees_that_it_changed() {
        board.provider().page(anExternalEvent("a").startingIn(hours(48)).build());
        run(Command.everything());
        UserId ada = board.aUser();
        board.bookSeat().book(new BookSeat.Command(board.events().findByExternalRef(
                new ExternalRef(TestBoard.PROVIDER, "a")).orElseThrow().id(), ada));
        board.provider().clear().page(anExternalEvent("a").startingIn(hours(50)).build());

        run(Command.everything());

        assertThat(board.notifications().ofKind(NotificationKind.EVENT_CHANGED))
                .extracting(notice -> notice.recipient().user()).containsOnly(ada);
    }
}
