package io.eventboard.persistence.channel;

import io.eventboard.domain.channel.Channel;
import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.channel.Channels;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.persistence.catalog.CatalogSql;
import io.eventboard.persistence.jdbc.Row;
import io.eventboard.persistence.event.CatalogChanges;
import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.Optional;

/** Channels in PostgreSQL; names are unique regardless of case. */
@Singleton
final class PostgresChannels implements Channels {

    private static final String SELECT = "SELECT id, name FROM channels";

    private final ChannelRows rows;
    private final Sql sql;
    private final CatalogChanges changes;

    PostgresChannels(ChannelRows rows, Sql sql, CatalogChanges changes) {
        this.rows = rows;
        this.sql = sql;
        this.changes = changes;
    }

    @Override
    public boolean exists(ChannelId id) {
        return rows.existsById(id.value());
    }

    @Override
    public Optional<Channel> findById(ChannelId id) {
        return sql.one(SELECT + " WHERE id = ?", p -> p.uuid(id.value()), PostgresChannels::toChannel);
    }

    @Override
    public Optional<Channel> lockById(ChannelId id) {
        return sql.one(SELECT + " WHERE id = ? FOR UPDATE", p -> p.uuid(id.value()), PostgresChannels::toChannel);
    }

    @Override
    public boolean nameTaken(Channel channel) {
        return sql.one("SELECT EXISTS (SELECT 1 FROM channels WHERE lower(name) = lower(?) AND id <> ?) AS taken",
                p -> p.text(channel.name()).uuid(channel.id().value()), row -> row.bool("taken")).orElseThrow();
    }

    @Override
    public void add(Channel channel) {
        CatalogSql.write("channel '" + channel.name() + "'", () -> sql.update(
                "INSERT INTO channels (id, name) VALUES (?, ?)",
                p -> p.uuid(channel.id().value()).text(channel.name())));
    }

    @Override
    public void update(Channel channel) {
        CatalogSql.write("channel '" + channel.name() + "'", () -> sql.update(
                "UPDATE channels SET name = ? WHERE id = ?",
                p -> p.text(channel.name()).uuid(channel.id().value())));
        changes.recordAfterCommit();
    }

    @Override
    public boolean inUse(ChannelId id) {
        return sql.one("SELECT EXISTS (SELECT 1 FROM events WHERE channel_id = ?) AS used",
                p -> p.uuid(id.value()), row -> row.bool("used")).orElseThrow();
    }

    @Override
    public void delete(ChannelId id) {
        CatalogSql.write("channel " + id, () -> sql.update("DELETE FROM channels WHERE id = ?",
                p -> p.uuid(id.value())));
        changes.recordAfterCommit();
    }

    @Override
    public Page<Channel> list(PageRequest page) {
        return CatalogSql.page(sql, "SELECT count(*) AS total FROM channels",
                SELECT + " ORDER BY lower(name), id", p -> { }, PostgresChannels::toChannel, page);
    }

    private static Channel toChannel(Row row) throws SQLException {
        return new Channel(new ChannelId(row.uuid("id")), row.text("name"));
    }
}
