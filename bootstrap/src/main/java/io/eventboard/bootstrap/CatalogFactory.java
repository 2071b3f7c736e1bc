package io.eventboard.bootstrap;

import io.eventboard.application.catalog.channel.CreateChannel;
import io.eventboard.application.catalog.channel.DeleteChannel;
import io.eventboard.application.catalog.channel.ListChannels;
import io.eventboard.application.catalog.channel.RenameChannel;
import io.eventboard.application.catalog.channel.ShowChannel;
import io.eventboard.application.catalog.tag.CreateTag;
import io.eventboard.application.catalog.tag.DeleteTag;
import io.eventboard.application.catalog.tag.ListTags;
import io.eventboard.application.catalog.tag.RenameTag;
import io.eventboard.application.catalog.tag.ShowTag;
import io.eventboard.application.catalog.venue.ChangeVenue;
import io.eventboard.application.catalog.venue.CreateVenue;
import io.eventboard.application.catalog.venue.DeleteVenue;
import io.eventboard.application.catalog.venue.ListVenues;
import io.eventboard.application.catalog.venue.ShowVenue;
import io.eventboard.domain.channel.Channels;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.tag.Tags;
import io.eventboard.domain.venue.Venues;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Wires the use cases of the reference data admins keep: tags, venues and channels. */
@Factory
public class CatalogFactory {

    // ---- tags ----

    @Singleton
    ListTags listTags(Tags tags) {
        return new ListTags(tags);
    }

    @Singleton
    ShowTag showTag(Tags tags) {
        return new ShowTag(tags);
    }

    @Singleton
    CreateTag createTag(Transactions transactions, Tags tags, Clock clock) {
        return new CreateTag(transactions, tags, clock);
    }

    @Singleton
    RenameTag renameTag(Transactions transactions, Tags tags) {
        return new RenameTag(transactions, tags);
    }

    @Singleton
    DeleteTag deleteTag(Transactions transactions, Tags tags) {
        return new DeleteTag(transactions, tags);
    }

    // ---- venues ----

    @Singleton
    ListVenues listVenues(Venues venues) {
        return new ListVenues(venues);
    }

    @Singleton
    ShowVenue showVenue(Venues venues) {
        return new ShowVenue(venues);
    }

    @Singleton
    CreateVenue createVenue(Transactions transactions, Venues venues, Clock clock) {
        return new CreateVenue(transactions, venues, clock);
    }

    @Singleton
    ChangeVenue changeVenue(Transactions transactions, Venues venues) {
        return new ChangeVenue(transactions, venues);
    }

    @Singleton
    DeleteVenue deleteVenue(Transactions transactions, Venues venues) {
        return new DeleteVenue(transactions, venues);
    }

    // ---- channels ----

    @Singleton
    ListChannels listChannels(Channels channels) {
        return new ListChannels(channels);
    }

    @Singleton
    ShowChannel showChannel(Channels channels) {
        return new ShowChannel(channels);
    }

    @Singleton
    CreateChannel createChannel(Transactions transactions, Channels channels, Clock clock) {
        return new CreateChannel(transactions, channels, clock);
    }

    @Singleton
    RenameChannel renameChannel(Transactions transactions, Channels channels) {
        return new RenameChannel(transactions, channels);
    }

    @Singleton
    DeleteChannel deleteChannel(Transactions transactions, Channels channels) {
        return new DeleteChannel(transactions, channels);
    }
}
