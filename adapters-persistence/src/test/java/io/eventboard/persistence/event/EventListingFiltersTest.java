package io.eventboard.persistence.event;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static io.eventboard.persistence.event.Filter.filter;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.event.query.EventCatalog;
import io.eventboard.application.event.query.EventQuery;
import io.eventboard.application.event.query.EventSort;
import io.eventboard.application.event.query.EventView;
import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.VenueId;
import io.eventboard.domain.venue.Venues;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Each filter of the event listing alone, then combined, on a small catalog where every criterion differs. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventListingFiltersTest extends DatabaseTest {

    private static final Instant NOW = TestTime.NOW;

    @Inject
    EventCatalog catalog;
    @Inject
    Venues venues;
    @Inject
    Given given;

    private VenueId kulturhaus;
    private VenueId munich;
    private ChannelId kotlinGroup;
    private ChannelId javaGroup;
    private UserId alice;

    /*
     * title                  venue              channel  tags          status     start  seats  ratings     by
     * Kotlin Coroutines      Kulturhaus Berlin  kotlin   kotlin, jvm   SCHEDULED  +1d    2/10   -           alice
     * Java Streams           Werk München       java     java, jvm     SCHEDULED  +2d    10/10  -           bob
     * Rust for Kotlin devs   Spreewerk berlin   -        rust          SCHEDULED  +3d    0/5    -           alice
     * Past Kotlin Night      Kulturhaus Berlin  kotlin   kotlin        COMPLETED  -5d    20/20  2, avg 4.0  bob
     * Cancelled Java Day     Werk München       java     java          CANCELLED  +4d    3/10   -           alice
     * Ongoing Workshop       -                  -        -             ONGOING    -1h    5/10   -           bob
     * 100% Java              Werk München       java     -             COMPLETED  -10d   1/10   3, avg 2.33 alice
     * Old_school meetup      -                  kotlin   jvm           COMPLETED  -20d   10/10  1, avg 5.0  bob
     */
    @BeforeEach
    void catalogOfEightEvents() {
        kulturhaus = venues.findOrCreate("Kulturhaus", "Berlin", "Main street 1").id();
        VenueId spreewerk = venues.findOrCreate("Spreewerk", "berlin", null).id();
        munich = venues.findOrCreate("Werk", "München", null).id();
        kotlinGroup = given.channel("Kotlin User Group");
        javaGroup = given.channel("Java User Group");
        alice = given.user("alice");
        UserId bob = given.user("bob");

        given.event(anEvent().titled("Kotlin Coroutines").inVenue(kulturhaus).inChannel(kotlinGroup)
                .taggedWith("kotlin", "jvm").startingIn(days(1)).withCapacity(10).withSeatsBooked(2)
                .organizedBy(alice));
        given.event(anEvent().titled("Java Streams").inVenue(munich).inChannel(javaGroup).taggedWith("java", "jvm")
                .startingIn(days(2)).withCapacity(10).soldOut().organizedBy(bob));
        given.event(anEvent().titled("Rust for Kotlin devs").inVenue(spreewerk).taggedWith("rust")
                .startingIn(days(3)).withCapacity(5).organizedBy(alice));
        given.event(anEvent().titled("Past Kotlin Night").inVenue(kulturhaus).inChannel(kotlinGroup)
                .taggedWith("kotlin").startedAgo(days(5)).withCapacity(20).soldOut()
                .inStatus(EventStatus.COMPLETED).ratedBy(2, 8).organizedBy(bob));
        given.event(anEvent().titled("Cancelled Java Day").inVenue(munich).inChannel(javaGroup).taggedWith("java")
                .startingIn(days(4)).withCapacity(10).withSeatsBooked(3).inStatus(EventStatus.CANCELLED)
                .organizedBy(alice));
        given.event(anEvent().titled("Ongoing Workshop").startedAgo(hours(1)).withCapacity(10).withSeatsBooked(5)
                .inStatus(EventStatus.ONGOING).organizedBy(bob));
        given.event(anEvent().titled("100% Java").inVenue(munich).inChannel(javaGroup).startedAgo(days(10))
                .withCapacity(10).withSeatsBooked(1).inStatus(EventStatus.COMPLETED).ratedBy(3, 7)
                .organizedBy(alice));
        given.event(anEvent().titled("Old_school meetup").inChannel(kotlinGroup).taggedWith("jvm")
                .startedAgo(days(20)).withCapacity(10).soldOut().inStatus(EventStatus.COMPLETED).ratedBy(1, 5)
                .organizedBy(bob));
    }

    @Test
    void noFilterListsEverythingSoonestFirst() {
        assertThat(titles(filter())).containsExactly("Old_school meetup", "100% Java", "Past Kotlin Night",
                "Ongoing Workshop", "Kotlin Coroutines", "Java Streams", "Rust for Kotlin devs",
                "Cancelled Java Day");
    }

    @Test
    void textMatchesPartOfTheTitleIgnoringCase() {
        assertThat(titles(filter().text("KOTLIN")))
                .containsExactly("Past Kotlin Night", "Kotlin Coroutines", "Rust for Kotlin devs");
        assertThat(titles(filter().text("  corout  "))).containsExactly("Kotlin Coroutines");
        assertThat(titles(filter().text("python"))).isEmpty();
    }

    @Test
    void textMatchesLikeWildcardsLiterally() {
        assertThat(titles(filter().text("%"))).containsExactly("100% Java");
        assertThat(titles(filter().text("0% j"))).containsExactly("100% Java");
        assertThat(titles(filter().text("_"))).containsExactly("Old_school meetup");
        assertThat(titles(filter().text("a_a"))).as("_ is no wildcard: Java does not match").isEmpty();
        assertThat(titles(filter().text("\\"))).as("a backslash escapes nothing").isEmpty();
    }

    @Test
    void blankTextDoesNotFilter() {
        assertThat(titles(filter().text("   "))).hasSize(8);
    }

    @Test
    void cityMatchesTheVenuesCityIgnoringCase() {
        assertThat(titles(filter().city("BERLIN")))
                .containsExactly("Past Kotlin Night", "Kotlin Coroutines", "Rust for Kotlin devs");
        assertThat(titles(filter().city("münchen")))
                .containsExactly("100% Java", "Java Streams", "Cancelled Java Day");
        assertThat(titles(filter().city("Hamburg"))).isEmpty();
    }

    @Test
    void venueChannelAndOrganizerMatchById() {
        assertThat(titles(filter().venue(kulturhaus))).containsExactly("Past Kotlin Night", "Kotlin Coroutines");
        assertThat(titles(filter().channel(kotlinGroup)))
                .containsExactly("Old_school meetup", "Past Kotlin Night", "Kotlin Coroutines");
        assertThat(titles(filter().organizer(alice)))
                .containsExactly("100% Java", "Kotlin Coroutines", "Rust for Kotlin devs", "Cancelled Java Day");
    }

    @Test
    void tagsMatchEventsWithAnyOfThem() {
        assertThat(titles(filter().tags("kotlin"))).containsExactly("Past Kotlin Night", "Kotlin Coroutines");
        assertThat(titles(filter().tags("Rust", "java")))
                .containsExactly("Java Streams", "Rust for Kotlin devs", "Cancelled Java Day");
        assertThat(titles(filter().tags("jvm", "kotlin")))
                .as("an event with both tags is listed once")
                .containsExactly("Old_school meetup", "Past Kotlin Night", "Kotlin Coroutines", "Java Streams");
        assertThat(titles(filter().tags("unknown"))).isEmpty();
    }

    @Test
    void statusesMatchAnyOfThem() {
        assertThat(titles(filter().statuses(EventStatus.SCHEDULED)))
                .containsExactly("Kotlin Coroutines", "Java Streams", "Rust for Kotlin devs");
        assertThat(titles(filter().statuses(EventStatus.COMPLETED, EventStatus.CANCELLED)))
                .containsExactly("Old_school meetup", "100% Java", "Past Kotlin Night", "Cancelled Java Day");
    }

    @Test
    void openMeansScheduledWithAFreeSeat() {
        assertThat(titles(filter().open())).containsExactly("Kotlin Coroutines", "Rust for Kotlin devs");
    }

    @Test
    void fromAndToBoundTheStartBothInclusive() {
        assertThat(titles(filter().from(NOW.plus(days(1))).to(NOW.plus(days(3)))))
                .containsExactly("Kotlin Coroutines", "Java Streams", "Rust for Kotlin devs");
        assertThat(titles(filter().from(NOW)))
                .containsExactly("Kotlin Coroutines", "Java Streams", "Rust for Kotlin devs", "Cancelled Java Day");
        assertThat(titles(filter().to(NOW.minus(days(5)))))
                .containsExactly("Old_school meetup", "100% Java", "Past Kotlin Night");
    }

    @Test
    void hasFreeSeatsSplitsTheCatalog() {
        assertThat(titles(filter().hasFreeSeats(true))).containsExactly("100% Java", "Ongoing Workshop",
                "Kotlin Coroutines", "Rust for Kotlin devs", "Cancelled Java Day");
        assertThat(titles(filter().hasFreeSeats(false)))
                .containsExactly("Old_school meetup", "Past Kotlin Night", "Java Streams");
    }

    @Test
    void minRatingIsInclusiveAndUnratedEventsAverageZero() {
        assertThat(titles(filter().minRating(4.0))).containsExactly("Old_school meetup", "Past Kotlin Night");
        assertThat(titles(filter().minRating(2.3)))
                .containsExactly("Old_school meetup", "100% Java", "Past Kotlin Night");
        assertThat(titles(filter().minRating(0))).hasSize(8);
        assertThat(titles(filter().minRating(5))).containsExactly("Old_school meetup");
    }

    @Test
    void criteriaCombineWithAnd() {
        assertThat(titles(filter().city("berlin").tags("kotlin").open())).containsExactly("Kotlin Coroutines");
        assertThat(titles(filter().text("java").statuses(EventStatus.COMPLETED).minRating(2)))
                .containsExactly("100% Java");
        assertThat(titles(filter().channel(javaGroup).hasFreeSeats(true).from(NOW)))
                .containsExactly("Cancelled Java Day");
        assertThat(titles(filter().venue(munich).organizer(alice).to(NOW))).containsExactly("100% Java");
        assertThat(titles(filter().tags("jvm").statuses(EventStatus.SCHEDULED, EventStatus.COMPLETED)
                .hasFreeSeats(false).minRating(0).text("e")))
                .containsExactly("Old_school meetup", "Java Streams");
        assertThat(titles(filter().city("berlin").venue(munich))).isEmpty();
    }

    @Test
    void everyCriterionAtOnce() {
        List<String> titles = titles(filter().text("kotlin").city("Berlin").venue(kulturhaus).channel(kotlinGroup)
                .tags("jvm").statuses(EventStatus.SCHEDULED).open().from(NOW).to(NOW.plus(days(1)))
                .hasFreeSeats(true).minRating(0).organizer(alice));

        assertThat(titles).containsExactly("Kotlin Coroutines");
    }

    @Test
    void aListedEventCarriesItsVenueChannelOrganizerTagsAndRating() {
        EventView night = catalog.search(query(filter().text("night")), 100).items().get(0);

        assertThat(night.venue().name()).isEqualTo("Kulturhaus");
        assertThat(night.venue().city()).isEqualTo("Berlin");
        assertThat(night.channel().name()).isEqualTo("Kotlin User Group");
        assertThat(night.organizer().username()).isEqualTo("bob");
        assertThat(night.tags()).containsExactly("kotlin");
        assertThat(night.ratingAvg()).isEqualTo(4.0);
        assertThat(night.ratingCount()).isEqualTo(2);
        assertThat(night.seatsFree()).isZero();
    }

    @Test
    void aCityOrTagsThatDoNotExistMatchNothing() {
        Page<EventView> page = catalog.search(query(filter().city("Atlantis"), 1), 100);
        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
        assertThat(page.totalExact()).isTrue();
        assertThat(page.nextCursor()).isNull();

        assertThat(catalog.search(query(filter().tags("unknown", "also-unknown"), 1), 100).total()).isZero();
        assertThat(titles(filter().tags("unknown", "kotlin"))).containsExactly("Past Kotlin Night", "Kotlin Coroutines");
    }

    @Test
    void aMinimumRatingAboveZeroMatchesOnlyCompletedEvents() {
        assertThat(titles(filter().minRating(0.5).statuses(EventStatus.SCHEDULED))).isEmpty();
        assertThat(titles(filter().minRating(0.5).statuses(EventStatus.SCHEDULED, EventStatus.COMPLETED)))
                .containsExactly("Old_school meetup", "100% Java", "Past Kotlin Night");
        assertThat(titles(filter().minRating(0).statuses(EventStatus.SCHEDULED))).hasSize(3);
    }

    /**
     * The titles of all matching events in start order, from one large page; and the same listing read one event
     * per page, so that its total comes from the count query, which must agree.
     */
    private List<String> titles(Filter filter) {
        List<String> titles = catalog.search(query(filter, 100), 100).items().stream().map(EventView::title).toList();
        Page<EventView> counted = catalog.search(query(filter, 1), 100);
        assertThat(counted.total()).as("count of %s", filter.build()).isEqualTo(titles.size());
        assertThat(counted.totalExact()).isTrue();
        return titles;
    }

    private static EventQuery query(Filter filter) {
        return query(filter, 100);
    }

    private static EventQuery query(Filter filter, int size) {
        return new EventQuery(filter.build(), EventSort.DEFAULT, new PageRequest(1, size), null);
    }

    private static Duration days(long days) {
        return Duration.ofDays(days);
    }
}
