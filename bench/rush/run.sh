#!/usr/bin/env bash
# Benchmark 1, the hot-event rush (bench/RESULTS.md): CLIENTS concurrent clients, each request a distinct user's
# booking of one event, through HTTP from a separate process on loopback.
#   throughput: an event of SEATS seats, BOOKINGS bookings (or DURATION seconds): bookings/s, p50/p95/p99;
#               limit: the same transaction's SQL (book.pgbench) by pgbench with as many clients on the same
#               database, the same number of bookings; ratio = HTTP bookings/s / pgbench tps (goal >= 0.5)
#   sellout:    an event of SELLOUT_SEATS seats and SELLOUT_USERS users: active bookings must equal the seats,
#               every other answer 409; any other answer fails the run
#
#   bench/rush/run.sh                                   # the issue's figures
#   CLIENTS=20 SEATS=5000 BOOKINGS=2000 SELLOUT_SEATS=100 SELLOUT_USERS=300 bench/rush/run.sh   # a smoke run
#
# Writes bench/results/rush-throughput.json and rush-sellout.json (and rush-hotspots.txt with PROFILE=1).
# Settings: see bench/common.sh; DB (scratch database, eb_bench_rush, dropped and created), MODES (throughput
# sellout), PG_JOBS (pgbench threads, 2). Exits 1 when a check fails.
set -uo pipefail
. "$(dirname "$0")/../common.sh"

CLIENTS="${CLIENTS:-200}"
SEATS="${SEATS:-100000}"
BOOKINGS="${BOOKINGS:-50000}"
DURATION="${DURATION:-300}"
SELLOUT_SEATS="${SELLOUT_SEATS:-1000}"
SELLOUT_USERS="${SELLOUT_USERS:-3000}"
MODES="${MODES:-throughput sellout}"
PG_JOBS="${PG_JOBS:-2}"

need jcmd jfr
build
fresh_database "${DB:-eb_bench_rush}"

say "starting the server (it migrates the empty database)"
start_server
wait_healthy >/dev/null

# Users 1..BOOKINGS book over HTTP, the next BOOKINGS through pgbench, then the sell-out's; user 0 organizes.
PGBENCH_FIRST=$((BOOKINGS + 1))
SELLOUT_FIRST=$((2 * BOOKINGS + 1))
USERS=$((2 * BOOKINGS + SELLOUT_USERS))
say "inserting $USERS users and the events"
sql "INSERT INTO users (id, username, email, password_hash, role, created_at)
     SELECT md5('rush-user-' || n)::uuid, 'rush' || n, 'rush' || n || '@example.org', 'not-a-login', 'USER', now()
     FROM generate_series(0, $USERS) AS n;
     INSERT INTO events (id, title, description, starts_at, capacity, status, organizer_id, created_at, updated_at)
     SELECT md5(name)::uuid, 'Rush ' || name, 'The hot event', now() + interval '30 days', seats, 'SCHEDULED',
            md5('rush-user-0')::uuid, now(), now()
     FROM (VALUES ('rush-http', $SEATS), ('rush-pgbench', $SEATS), ('rush-sellout', $SELLOUT_SEATS)) AS e (name, seats)" \
  >/dev/null && sql "VACUUM ANALYZE users, events" || die "cannot insert the users and events"
event_id() { sql "SELECT md5('$1')::uuid"; }

throughput() {
  pg_clients=$(pgbench_clients "$CLIENTS")
  per_client=$((BOOKINGS / pg_clients))
  say "limit: pgbench, $pg_clients clients x $per_client bookings of book.pgbench"
  tps=$(pgbench_tps -M prepared -c "$pg_clients" -j "$PG_JOBS" -t "$per_client" -f "$ROOT/bench/rush/book.pgbench" \
    -D event="$(event_id rush-pgbench)" -D first="$PGBENCH_FIRST" -D k=0 -D clients="$pg_clients")
  pg_booked=$(sql "SELECT seats_booked FROM events WHERE id = md5('rush-pgbench')::uuid")
  [ "$pg_booked" = $((pg_clients * per_client)) ] || die "pgbench booked $pg_booked seats, not $((pg_clients * per_client))"

  say "HTTP: $CLIENTS clients, $BOOKINGS bookings (at most $DURATION s)"
  profile_start
  loadgen rush --url "$BASE_URL" --event "$(event_id rush-http)" --secret "$BENCH_JWT_SECRET" --clients "$CLIENTS" \
    --first-user 1 --requests "$BOOKINGS" --duration "$DURATION" --json "$WORK/throughput.json" ||
    die "the load generator failed"
  profile_stop rush
  http=$(cat "$WORK/throughput.json")
  booked=$(jq '.answers["201"] // 0' <<<"$http")
  others=$(jq '[.answers | to_entries[] | select(.key != "201") | .value] | add // 0' <<<"$http")
  figures=$(jq --argjson tps "$tps" --argjson pg_clients "$pg_clients" \
    '. + {bookings_per_s: ((.answers["201"] // 0) / .seconds), limit: {pgbench_tps: $tps, pgbench_clients: $pg_clients},
          ratio: (((.answers["201"] // 0) / .seconds) / $tps)}' <<<"$http")
  write_result rush-throughput "$(params)" "$figures"
  say "bookings/s $(jq -r '.bookings_per_s | floor' <<<"$figures"), pgbench tps $tps," \
    "ratio $(jq -r '.ratio * 100 | round / 100' <<<"$figures") (goal >= 0.5)"
  [ "$others" = 0 ] || die "$others answers were not 201: $(jq -c .answers <<<"$http")"
  [ "$(sql "SELECT seats_booked FROM events WHERE id = md5('rush-http')::uuid")" = "$booked" ] ||
    die "the event's seat count differs from the bookings answered 201"
}

sellout() {
  say "sell-out: $CLIENTS clients, $SELLOUT_USERS users for $SELLOUT_SEATS seats"
  loadgen rush --url "$BASE_URL" --event "$(event_id rush-sellout)" --secret "$BENCH_JWT_SECRET" \
    --clients "$CLIENTS" --first-user "$SELLOUT_FIRST" --requests "$SELLOUT_USERS" --duration "$DURATION" \
    --json "$WORK/sellout.json" || die "the load generator failed"
  http=$(cat "$WORK/sellout.json")
  active=$(sql "SELECT count(*) FROM bookings WHERE event_id = md5('rush-sellout')::uuid AND status = 'ACTIVE'")
  seats_booked=$(sql "SELECT seats_booked FROM events WHERE id = md5('rush-sellout')::uuid")
  figures=$(jq --argjson active "$active" --argjson seats_booked "$seats_booked" --argjson seats "$SELLOUT_SEATS" \
    --argjson users "$SELLOUT_USERS" '. + {active_bookings: $active, seats_booked: $seats_booked,
      check: (if $active == $seats and $seats_booked == $seats and (.answers["201"] // 0) == $seats
                 and (.answers["409"] // 0) == $users - $seats and .requests == $users
              then "PASS" else "FAIL" end)}' <<<"$http")
  write_result rush-sellout "$(params)" "$figures"
  say "sell-out: $active active bookings for $SELLOUT_SEATS seats, answers $(jq -c .answers <<<"$http")"
  [ "$(jq -r .check <<<"$figures")" = PASS ] || die "sell-out check failed: every seat booked once, every other answer 409"
}

params() {
  jq -n --argjson clients "$CLIENTS" --argjson seats "$SEATS" --argjson bookings "$BOOKINGS" \
    --argjson duration_s "$DURATION" --argjson sellout_seats "$SELLOUT_SEATS" --argjson sellout_users "$SELLOUT_USERS" \
    --arg server_java_opts "${SERVER_JAVA_OPTS:-}" --arg pool_size "${POOL_SIZE:-10}" --arg role "${SERVER_ROLE:-api}" \
    --arg pg_jobs "$PG_JOBS" '$ARGS.named'
}

for mode in $MODES; do
  "$mode"
done
stop_server
say "done"
