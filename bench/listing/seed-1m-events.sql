-- One million events for the listing benchmark, on a schema migrated to the latest version (explain-listing.sh
-- applies the Flyway scripts first). Deterministic: setseed() fixes random(), and ids are md5 of a name
-- ('user-1', 'venue-1', 'channel-1', 'event-1', ...) so that generated queries can name rows.
-- "Now" is 2026-06-01T10:00Z (TestTime.NOW of the tests): events start between 2024-06-01 and 2027-06-01, so about
-- two thirds lie in the past.
--
-- Shape (roughly what a busy public board looks like):
--   100,000 users; the first 10,000 organize, skewed (user-1 organizes ~5% of all events, user-3000 a handful)
--   2,000 venues in 40 cities (Berlin ~2.5% of events); 10% of events have no venue
--   300 channels, skewed (channel-1 ~10% of events, channel-250 a few hundred); 30% have no channel
--   60 tags, skewed (music ~25% of events, the tail under 1%); 0-3 tags per event
--   status by time: past -> COMPLETED (5% CANCELLED), the last two hours -> ONGOING, future -> SCHEDULED (5% CANCELLED)
--   seats: capacity 10-500, ~15% of events sold out; ratings on ~70% of completed events, averages 2.0-5.0
--   titles "<Topic> <Format> #n" over 30 topics (~3% each); 0.1% add "coroutines deep dive"
--   ~500,000 bookings, skewed (user-1 ~1,500), 10% cancelled
\set ON_ERROR_STOP on
-- The number of events: psql -v events=2000 for a smaller board (bookings are half as many); one million by default.
\if :{?events}
\else
\set events 1000000
\endif
SET synchronous_commit = off;
SELECT setseed(0.42);

INSERT INTO users (id, username, email, password_hash, role, created_at)
SELECT md5('user-' || n)::uuid, 'user' || n, 'user' || n || '@example.org', 'bench', 'USER',
       timestamptz '2024-01-01 00:00Z' + n * interval '1 minute'
FROM generate_series(1, 100000) AS n;

INSERT INTO venues (id, name, city, address)
SELECT md5('venue-' || n)::uuid, 'Venue ' || n,
       (ARRAY['Berlin', 'Hamburg', 'München', 'Köln', 'Frankfurt', 'Stuttgart', 'Düsseldorf', 'Leipzig', 'Dortmund',
              'Essen', 'Bremen', 'Dresden', 'Hannover', 'Nürnberg', 'Duisburg', 'Bochum', 'Wuppertal', 'Bielefeld',
              'Bonn', 'Münster', 'Wien', 'Graz', 'Linz', 'Salzburg', 'Zürich', 'Genf', 'Basel', 'Bern', 'Paris',
              'Lyon', 'Amsterdam', 'Rotterdam', 'Brüssel', 'Kopenhagen', 'Stockholm', 'Oslo', 'Helsinki', 'Prag',
              'Warschau', 'Budapest'])[1 + (n - 1) % 40],
       'Street ' || n
FROM generate_series(1, 2000) AS n;

INSERT INTO channels (id, name)
SELECT md5('channel-' || n)::uuid, 'Channel ' || n FROM generate_series(1, 300) AS n;

INSERT INTO tags (id, name)
SELECT md5('tag-' || n)::uuid, name
FROM unnest(ARRAY['music', 'tech', 'kotlin', 'java', 'python', 'art', 'sports', 'food', 'business', 'science',
                  'film', 'theatre', 'family', 'outdoor', 'startup', 'design', 'health', 'education', 'community',
                  'gaming', 'literature', 'photography', 'dance', 'comedy', 'history', 'language', 'networking',
                  'charity', 'wine', 'beer', 'coffee', 'yoga', 'running', 'cycling', 'hiking', 'climbing',
                  'swimming', 'football', 'tennis', 'rust', 'go', 'javascript', 'devops', 'cloud', 'security',
                  'data', 'ai', 'blockchain', 'mobile', 'web', 'ux', 'product', 'marketing', 'finance', 'legal',
                  'crafts', 'gardening', 'pets', 'chess', 'origami']) WITH ORDINALITY AS t (name, n);

-- Events: one row per n, with random draws taken once per row in a subquery.
INSERT INTO events (id, title, description, venue_id, channel_id, starts_at, ends_at, capacity, seats_booked,
                    status, rating_count, rating_sum, organizer_id, source_provider, source_external_id,
                    created_at, updated_at, version)
SELECT md5('event-' || n)::uuid,
       (ARRAY['Kotlin', 'Java', 'Rust', 'Python', 'Jazz', 'Techno', 'Opera', 'Football', 'Yoga', 'Startup',
              'Design', 'Photography', 'Wine', 'Chess', 'Comedy', 'Poetry', 'Film', 'Theatre', 'Running', 'Cooking',
              'Data', 'Cloud', 'Security', 'Gaming', 'History', 'Language', 'Dance', 'Crafts', 'Science',
              'Marketing'])[1 + floor(r_topic * 30)::int]
           || ' ' || (ARRAY['Meetup', 'Workshop', 'Conference', 'Talk', 'Night', 'Festival'])[1 + floor(r_format * 6)::int]
           || ' #' || n
           || CASE WHEN r_rare < 0.001 THEN ': coroutines deep dive' ELSE '' END,
       'Talks and pizza',
       CASE WHEN r_venue < 0.9 THEN md5('venue-' || (1 + floor(r_venue / 0.9 * 2000)::int))::uuid END,
       CASE WHEN r_channel < 0.7 THEN md5('channel-' || (1 + floor(300 * power(r_channel / 0.7, 3))::int))::uuid END,
       starts_at,
       CASE WHEN r_length < 0.5 THEN starts_at + interval '2 hours' END,
       capacity,
       CASE WHEN r_full < 0.15 THEN capacity ELSE floor(capacity * r_fill * 0.95)::int END,
       status,
       rating_count,
       CASE WHEN rating_count = 0 THEN 0
            ELSE least(5 * rating_count, greatest(rating_count, round(rating_count * (2 + 3 * r_score))::bigint)) END,
       md5('user-' || (1 + floor(10000 * power(r_organizer, 3))::int))::uuid,
       CASE WHEN r_import < 0.2 THEN 'meetup' END,
       CASE WHEN r_import < 0.2 THEN 'ev-' || n END,
       created_at, created_at, 0
FROM (
    SELECT n, r_topic, r_format, r_rare, r_venue, r_channel, r_length, r_full, r_fill, r_score, r_organizer, r_import,
           starts_at, capacity, created_at,
           CASE WHEN starts_at > timestamptz '2026-06-01 10:00Z' THEN
                    CASE WHEN r_status < 0.05 THEN 'CANCELLED' ELSE 'SCHEDULED' END
                WHEN starts_at > timestamptz '2026-06-01 08:00Z' THEN 'ONGOING'
                ELSE CASE WHEN r_status < 0.05 THEN 'CANCELLED' ELSE 'COMPLETED' END END AS status,
           CASE WHEN starts_at < timestamptz '2026-06-01 08:00Z' AND r_status >= 0.05 AND r_rated < 0.7
                THEN 1 + floor(r_count * 40)::bigint ELSE 0 END AS rating_count
    FROM (
        SELECT n, random() AS r_topic, random() AS r_format, random() AS r_rare, random() AS r_venue,
               random() AS r_channel, random() AS r_length, random() AS r_full, random() AS r_fill,
               random() AS r_score, random() AS r_organizer, random() AS r_import, random() AS r_status,
               random() AS r_rated, random() AS r_count,
               -- on the half hour, so that many events share a start time
               timestamptz '2024-06-01 00:00Z' + floor(random() * 3 * 365 * 48) * interval '30 minutes' AS starts_at,
               10 + floor(power(random(), 2) * 490)::int AS capacity,
               random() AS r_created
        FROM generate_series(1, :events) AS n
    ) draws
    CROSS JOIN LATERAL (SELECT least(draws.starts_at - (1 + floor(r_created * 90)) * interval '1 day',
                                     timestamptz '2026-06-01 10:00Z' - r_created * interval '1 hour') AS created_at) c
) events;

-- 0-3 tags per event (1.5 on average), popular tags far more often.
INSERT INTO event_tags (event_id, tag_id)
SELECT e.id, md5('tag-' || (1 + floor(60 * power(random(), 3))::int))::uuid
FROM events e CROSS JOIN LATERAL generate_series(1, floor(random() * 4)::int + (e.id IS NULL)::int) AS k
ON CONFLICT DO NOTHING;

-- Bookings: user-1 books a lot, most users a few times; the event is any event.
INSERT INTO bookings (id, event_id, user_id, status, created_at, cancelled_at)
SELECT md5('booking-' || n)::uuid, md5('event-' || (1 + floor(random() * :events)::int))::uuid,
       md5('user-' || (1 + floor(100000 * power(random(), 2))::int))::uuid,
       CASE WHEN n % 10 = 0 THEN 'CANCELLED' ELSE 'ACTIVE' END,
       timestamptz '2024-01-01 00:00Z' + n * interval '1 minute',
       CASE WHEN n % 10 = 0 THEN timestamptz '2024-01-01 00:00Z' + n * interval '1 minute' + interval '1 hour' END
FROM generate_series(1, :events / 2) AS n
ON CONFLICT DO NOTHING;

VACUUM (ANALYZE) users, venues, channels, tags, events, event_tags, bookings;

SELECT (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM event_tags) AS event_tags,
       (SELECT count(*) FROM bookings) AS bookings,
       (SELECT count(*) FROM events WHERE status = 'SCHEDULED' AND seats_booked < capacity) AS open_events,
       (SELECT count(*) FROM events WHERE seats_booked >= capacity) AS sold_out,
       pg_size_pretty(pg_total_relation_size('events')) AS events_with_indexes;
