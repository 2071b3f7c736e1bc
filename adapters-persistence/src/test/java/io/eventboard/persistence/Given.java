package io.eventboard.persistence;

import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.common.Ids;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.tag.Tags;
import io.eventboard.domain.testdata.EventBuilder;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.Role;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserAccounts;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.testing.DirectSql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.UUID;

/** Stored test data, created through the ports where one exists, so that every row satisfies the schema. */
@Singleton
public final class Given {

    private final UserAccounts users;
    private final Events events;
    private final Tags tags;

    Given(UserAccounts users, Events events, Tags tags) {
        this.users = users;
        this.events = events;
        this.tags = tags;
    }

    public UserId user(String username) {
        return user(new UserId(Ids.timeOrdered(TestTime.NOW)), username);
    }

    public UserId user(UserId id, String username) {
        UserAccount account = new UserAccount(id, username, username + "@example.org", "kdf-hash", Role.USER, true,
                TestTime.NOW);
        if (!users.add(account)) {
            throw new IllegalStateException("user " + username + " exists already");
        }
        return id;
    }

    /** Channels have no writing port yet (admins will get one); a row is all a test needs. */
    public ChannelId channel(String name) {
        ChannelId id = new ChannelId(UUID.randomUUID());
        try {
            DirectSql.execute("INSERT INTO channels (id, name) VALUES (?, ?)", id.value(), name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    /** Stores the built event, with its organizer and its tags created first. */
    public Event event(EventBuilder builder) {
        Event event = builder.build();
        if (users.findById(event.organizer()).isEmpty()) {
            user(event.organizer(), "organizer-" + event.organizer().value().toString().replace("-", ""));
        }
        tags.ensure(event.details().tags());
        events.add(event);
        return event;
    }
}
