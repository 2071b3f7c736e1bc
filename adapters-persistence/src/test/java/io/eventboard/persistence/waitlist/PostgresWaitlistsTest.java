package io.eventboard.persistence.waitlist;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.waitlist.Waitlist;
import io.eventboard.domain.waitlist.WaitlistEntry;
import io.eventboard.domain.waitlist.WaitlistMode;
import io.eventboard.domain.waitlist.WaitlistPolicy;
import io.eventboard.domain.waitlist.WaitlistStatus;
import io.eventboard.domain.waitlist.Waitlists;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.eventboard.persistence.testing.DirectSql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresWaitlistsTest extends DatabaseTest {

    private static final Instant NOW = TestTime.NOW;

    @Inject
    Waitlists waitlists;
    @Inject
    Transactions transactions;
    @Inject
    Given given;

    @Test
    void aSavedLineReadsBackInOrderWithItsOffersAndPolicy() {
        EventId event = given.event(anEvent()).id();
        UserId ann = given.user("ann");
        UserId bob = given.user("bob");
        UserId cid = given.user("cid");
        WaitlistPolicy offers = new WaitlistPolicy(WaitlistMode.OFFER, Duration.ofMinutes(90));
        waitlists.choosePolicy(event, offers);
        waitlists.save(new Waitlist(event, offers, List.of(waiting(event, bob), waiting(event, ann))));

        Waitlist line = new Waitlist(event, offers, List.of(
                new WaitlistEntry(event, ann, WaitlistStatus.OFFERED, NOW, NOW.plus(Duration.ofHours(1))),
                waiting(event, cid)));
        waitlists.save(line);

        assertThat(waitlists.lineOf(event)).isEqualTo(line);
        Page<WaitlistEntry> second = waitlists.page(event, new PageRequest(2, 1));
        assertThat(second.items()).extracting(WaitlistEntry::user).containsExactly(cid);
        assertThat(second.total()).isEqualTo(2);
    }

    @Test
    void anEventWithoutALineHasTheDefaultPolicy() {
        EventId event = given.event(anEvent()).id();

        assertThat(waitlists.lineOf(event)).isEqualTo(Waitlist.empty(event, WaitlistPolicy.DEFAULT));
    }

    @Test
    void onlyEventsWithAnExpiredOfferAreClaimed() {
        EventId expired = given.event(anEvent()).id();
        EventId live = given.event(anEvent()).id();
        UserId ann = given.user("ann");
        waitlists.save(new Waitlist(expired, WaitlistPolicy.DEFAULT, List.of(
                new WaitlistEntry(expired, ann, WaitlistStatus.OFFERED, NOW, NOW.minusSeconds(1)))));
        waitlists.save(new Waitlist(live, WaitlistPolicy.DEFAULT, List.of(
                new WaitlistEntry(live, ann, WaitlistStatus.OFFERED, NOW, NOW.plusSeconds(1)))));

        assertThat(transactions.inTransaction(() -> waitlists.claimExpiredOffers(NOW, 10))).containsExactly(expired);
    }

    @Test
    void theSchemaRefusesASecondPlaceForOneUserAndAnOfferWithoutExpiry() throws SQLException {
        EventId event = given.event(anEvent()).id();
        UserId ann = given.user("ann");
        waitlists.save(new Waitlist(event, WaitlistPolicy.DEFAULT, List.of(waiting(event, ann))));

        assertThatThrownBy(() -> DirectSql.execute("INSERT INTO waitlist_entries (event_id, user_id, status, "
                + "joined_at) VALUES (?, ?, 'WAITING', now())", event.value(), ann.value()))
                .hasMessageContaining("waitlist_entries_pkey");
        assertThatThrownBy(() -> DirectSql.execute("UPDATE waitlist_entries SET status = 'OFFERED'"))
                .hasMessageContaining("waitlist_entries_expiry_when_offered");
    }

    private static WaitlistEntry waiting(EventId event, UserId user) {
        return WaitlistEntry.waiting(event, user, NOW);
    }
}
