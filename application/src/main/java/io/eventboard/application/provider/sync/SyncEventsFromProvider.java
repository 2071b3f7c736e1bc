package io.eventboard.application.provider.sync;

import io.eventboard.application.event.AttendeeNotices;
import io.eventboard.application.waitlist.Promotions;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.provider.EventProvider;
import io.eventboard.domain.provider.ProviderPage;
import io.eventboard.domain.provider.ProviderUnavailable;
import io.eventboard.domain.tag.Tags;
import io.eventboard.domain.user.UserAccounts;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.Venues;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Imports events from an events provider, page by page, each page in one transaction that upserts its records
 * ({@link ImportPage}; a record that cannot become an event is counted as failed and skipped). One run at a
 * time per provider across all servers: the run claims the provider in the {@link SyncLedger} (refused with
 * {@code provider.sync-running} while another holds it) and extends the claim with every page. A run that
 * reads the feed to its end moves the checkpoint to the latest {@code changed_at} it saw, so the next
 * incremental run asks only for what changed since. A run that stops midway (the provider failed, the server
 * died) keeps the pages it imported and leaves the checkpoint, so the next run reads those changes again; the
 * upserts make that harmless.
 */
public final class SyncEventsFromProvider {

    /** How long a claim lasts without being extended; every page extends it. */
    static final Duration CLAIM = Duration.ofMinutes(10);

    /**
     * Which changes to ask for: those since {@code changedSince} (a day, from its start in UTC), the whole
     * feed ({@code all}), or, with neither, those since the checkpoint (the whole feed before the first
     * complete run).
     */
    public record Command(LocalDate changedSince, boolean all) {

        public Command {
            if (all && changedSince != null) {
                throw InvalidInput.of("all", "cannot be combined with a date: a full sync reads every event");
            }
        }

        public static Command sinceCheckpoint() {
            return new Command(null, false);
        }

        public static Command everything() {
            return new Command(null, true);
        }

        public static Command changedSince(LocalDate day) {
            return new Command(day, false);
        }
    }

    private final Transactions transactions;
    private final EventProvider provider;
    private final UserAccounts accounts;
    private final SyncLedger ledger;
    private final Events events;
    private final Venues venues;
    private final Tags tags;
    private final AttendeeNotices attendees;
    private final Promotions promotions;
    private final Clock clock;

    public SyncEventsFromProvider(Transactions transactions, EventProvider provider, Events events, Venues venues,
                                  Tags tags, AttendeeNotices attendees, Promotions promotions, UserAccounts accounts,
                                  SyncLedger ledger, Clock clock) {
        this.transactions = transactions;
        this.provider = provider;
        this.accounts = accounts;
        this.ledger = ledger;
        this.events = events;
        this.venues = venues;
        this.tags = tags;
        this.attendees = attendees;
        this.promotions = promotions;
        this.clock = clock;
    }

    /** Runs one sync; refused while another run holds the provider or when its system account name is taken. */
    public Result<SyncReport> sync(Command command) {
        String runner = UUID.randomUUID().toString();
        Instant startedAt = clock.instant();
        if (!transactions.inTransaction(() -> ledger.claim(provider.name(), runner, startedAt,
                startedAt.plus(CLAIM)))) {
            return Result.rejected(SyncRefusals.RUNNING);
        }
        Run run = new Run(runner, startedAt);
        try {
            Optional<UserId> owner = transactions.inTransaction(() ->
                    ProviderAccount.ensure(accounts, provider.name(), startedAt));
            if (owner.isEmpty()) {
                run.release(Optional.of("provider.account-taken"), Optional.empty());
                return Result.rejected(SyncRefusals.accountTaken(provider.name()));
            }
            Optional<Instant> checkpoint = transactions.inTransaction(() -> ledger.checkpoint(provider.name()));
            Optional<Instant> since = command.all() ? Optional.empty()
                    : command.changedSince() != null ? Optional.of(startOfDay(command.changedSince())) : checkpoint;
            Optional<String> interruption = run.readFeed(since, owner.get());
            boolean coversCheckpoint = since.isEmpty()
                    || checkpoint.map(stored -> !since.get().isAfter(stored)).orElse(false);
            Optional<Instant> next = interruption.isEmpty() && coversCheckpoint ? run.importer.latestChange()
                    : Optional.empty();
            return Result.accepted(run.release(interruption, next));
        } catch (RuntimeException failure) {
            try {
                run.release(Optional.of("failed: " + failure), Optional.empty());
            } catch (RuntimeException alsoFailed) {
                failure.addSuppressed(alsoFailed);
            }
            throw failure;
        }
    }

    private static Instant startOfDay(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The state of one run: what it counted so far and the latest change it imported. */
    private final class Run {

        private final String runner;
        private final Instant startedAt;
        private final ImportPage importer = new ImportPage(events, venues, tags, attendees, promotions);
        private Optional<Instant> since = Optional.empty();
        private SyncSummary counts = SyncSummary.NONE;

        Run(String runner, Instant startedAt) {
            this.runner = runner;
            this.startedAt = startedAt;
        }

        /** Reads every page; answers why it stopped early, or empty when it reached the end of the feed. */
        Optional<String> readFeed(Optional<Instant> changedSince, UserId owner) {
            since = changedSince;
            Optional<String> cursor = Optional.empty();
            do {
                ProviderPage page;
                try {
                    page = provider.fetch(changedSince, cursor);
                } catch (ProviderUnavailable unavailable) {
                    return Optional.of(unavailable.getMessage());
                }
                if (!transactions.inTransaction(() -> importPage(page, owner))) {
                    return Optional.of("the claim on the sync expired and another run took it over");
                }
                cursor = page.nextCursor();
            } while (cursor.isPresent());
            return Optional.empty();
        }

        /** False, importing nothing, when this run no longer holds the claim. */
        private boolean importPage(ProviderPage page, UserId owner) {
            if (!ledger.extend(provider.name(), runner, clock.instant().plus(CLAIM))) {
                return false;
            }
            counts = counts.plus(SyncSummary.failed(page.malformed()))
                    .plus(importer.upsertPage(provider.name(), page.events(), owner, clock.instant()));
            return true;
        }

        SyncReport release(Optional<String> interruption, Optional<Instant> checkpoint) {
            SyncReport report = new SyncReport(startedAt, clock.instant(), since.orElse(null), counts,
                    interruption.orElse(null));
            transactions.inTransaction(() -> {
                ledger.release(provider.name(), runner, report, checkpoint);
                return null;
            });
            return report;
        }
    }
}
