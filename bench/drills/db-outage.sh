#!/usr/bin/env bash
# Issue 8's database outage drill: one server process on a throwaway PostgreSQL cluster of its own (never the
# shared one), under load (bookings, cancellations and browsing by several clients). The cluster is stopped for
# OUTAGE seconds and started again. Checks: while it is down every answer is a 503 problem document
# (application/problem+json, code server.unavailable, a Retry-After header), except a listing the server still
# keeps in memory (200, counted and reported), and none takes longer than HANG_LIMIT
# seconds; /health answers 503 naming the database down; no answer anywhere is another 5xx; once the cluster is
# back the same process (not restarted) answers and books again, its dispatcher drains the queue (a batch claimed
# just before the stop waits for its lease, LEASE s, and is reported), and nothing is
# half-written (each event's seat counter equals its active bookings; every booking has its confirmation in the
# outbox, every cancelled one its cancellation notice). Ends with one VERDICT line.
#
# Needs: bootstrap/target/eventboard.jar, java, curl, psql/createdb, and PostgreSQL's initdb/pg_ctl (PGBIN). As
# root, the cluster runs as the user CLUSTER_USER (postgres). Port OUTAGE_PGPORT (25432: below the ephemeral ports
# 32768-60999, which a client socket of the load could hold while the cluster is down), sockets in /tmp.
set -u
. "$(dirname "$0")/lib.sh"

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
OUTAGE_PGPORT=${OUTAGE_PGPORT:-25432}
CLUSTER_USER=${CLUSTER_USER:-postgres}
OUTAGE=${OUTAGE:-30}          # seconds the database is down
WARMUP=${WARMUP:-10}          # seconds of load before the outage
AFTER=${AFTER:-15}            # seconds of load after the server is healthy again
CLIENTS=${CLIENTS:-6}         # load clients, one account each
EVENTS=${EVENTS:-3}
CAPACITY=${CAPACITY:-4}       # fewer seats than clients: sold-out answers and the counter's limit take part
HANG_LIMIT=${HANG_LIMIT:-8}   # longest acceptable answer while the database is down (connection-timeout is 5 s)
LEASE=${LEASE:-10}            # NOTIFY_LEASE (s): a batch claimed when the database went down is sent after it

need java curl psql createdb
[ -x "$PGBIN/initdb" ] || verdict FAIL "no $PGBIN/initdb: set PGBIN"
export PGHOST=127.0.0.1 PGPORT=$OUTAGE_PGPORT

# The cluster lives in its own directory that CLUSTER_USER can write; it is stopped and removed on exit.
CLUSTER=$(mktemp -d /tmp/eventboard-outage-pg.XXXXXX)
as_cluster_user() {
  if [ "$(id -u)" = 0 ]; then runuser -u "$CLUSTER_USER" -- "$@"; else "$@"; fi
}
[ "$(id -u)" = 0 ] && chown "$CLUSTER_USER" "$CLUSTER"
pg() { as_cluster_user "$PGBIN/pg_ctl" -D "$CLUSTER/data" -l "$CLUSTER/postgres.log" -w "$@" >>"$WORK/pg_ctl.log" 2>&1; }
stop_cluster() {
  pg -m immediate stop
  rm -rf "$CLUSTER"
}
trap 'cleanup; stop_cluster' EXIT

say "throwaway PostgreSQL cluster in $CLUSTER on port $OUTAGE_PGPORT"
as_cluster_user "$PGBIN/initdb" -D "$CLUSTER/data" -A trust -U postgres >"$WORK/initdb.log" 2>&1 \
  || verdict FAIL "initdb failed: $(tail -3 "$WORK/initdb.log")"
pg -o "-p $OUTAGE_PGPORT -k /tmp -c listen_addresses=127.0.0.1" start \
  || verdict FAIL "the cluster did not start: $(tail -3 "$CLUSTER/postgres.log")"
fresh_database outage
export JWT_SECRET=drill-secret-that-is-long-enough-for-hs256 SERVER_ROLE=all RATE_LIMIT_AUTH_PER_MINUTE=0 \
  DISPATCH_INTERVAL=PT1S ACCESS_TOKEN_LIFETIME=PT1H NOTIFY_LEASE=PT${LEASE}S
start_node 1 && wait_healthy 1
URL="http://127.0.0.1:$(port_of 1)"

# api METHOD PATH TOKEN [JSON]: prints the HTTP status; the body is left in $WORK/body.
api() {
  curl -s -m 20 -o "$WORK/body" -w '%{http_code}' -X "$1" "$URL$2" -H 'content-type: application/json' \
    ${3:+-H "authorization: Bearer $3"} ${4:+-d "$4"}
}
account() { # account NAME: registers and logs in; prints the access token
  code=$(api POST /api/auth/register "" "{\"username\":\"$1\",\"email\":\"$1@example.org\",\"password\":\"password-$1\"}")
  [ "$code" = 201 ] || verdict FAIL "setup: register $1 answered $code"
  code=$(api POST /api/auth/login "" "{\"username\":\"$1\",\"password\":\"password-$1\"}")
  [ "$code" = 200 ] || verdict FAIL "setup: login $1 answered $code"
  sed 's/.*"access_token":"\([^"]*\)".*/\1/' "$WORK/body"
}

say "setup: $CLIENTS clients, $EVENTS events of $CAPACITY seats"
ORGANIZER=$(account organizer)
IDS=()
starts=$(date -u -d '+30 days' +%Y-%m-%dT%H:00:00Z)
ends=$(date -u -d '+30 days 2 hours' +%Y-%m-%dT%H:00:00Z)
for ((i = 0; i < EVENTS; i++)); do
  code=$(api POST /api/events "$ORGANIZER" \
    "{\"title\":\"outage drill $i\",\"starts_at\":\"$starts\",\"ends_at\":\"$ends\",\"capacity\":$CAPACITY,\"tags\":[]}")
  [ "$code" = 201 ] || verdict FAIL "setup: create event answered $code: $(cat "$WORK/body")"
  IDS+=("$(grep -o '"id":"[^"]*"' "$WORK/body" | head -1 | cut -d'"' -f4)")
done

# One line per request in $WORK/requests: start|end|operation|status|content type|Retry-After|problem code.
hit() { # hit CLIENT OPERATION METHOD PATH [TOKEN]
  body="$WORK/body.$1"
  began=$(date +%s.%N)
  answer=$(curl -s -m 30 -o "$body" -w '%{http_code}|%{content_type}|%header{retry-after}' -X "$3" "$URL$4" \
    ${5:+-H "authorization: Bearer $5"})
  problem=$(grep -o '"code":"[^"]*"' "$body" 2>/dev/null | head -1 | cut -d'"' -f4)
  echo "$began|$(date +%s.%N)|$2|$answer|$problem" >>"$WORK/requests.$1"
}
client() { # client N TOKEN: books, browses and cancels until told to stop
  while [ ! -f "$WORK/stop-load" ]; do
    event=${IDS[$((RANDOM % EVENTS))]}
    hit "$1" book POST "/api/events/$event/book" "$2"
    hit "$1" browse GET "/api/events?sort=-created&size=20"
    hit "$1" read GET "/api/events/$event"
    hit "$1" mine GET /api/bookings "$2"
    hit "$1" cancel POST "/api/events/$event/cancel-booking" "$2"
  done
}
CLIENT_PIDS=""
for ((c = 0; c < CLIENTS; c++)); do
  token=$(account "client$c")
  client "$c" "$token" &
  CLIENT_PIDS="$CLIENT_PIDS $!"
  STARTED_PIDS="$STARTED_PIDS $!"
done
SERVER_PID=$(cat "$WORK/node1.pid")

sleep "$WARMUP"
say "stopping the cluster (fast shutdown: sessions are ended) for $OUTAGE s"
pg -m fast stop || verdict FAIL "the cluster did not stop"
DOWN_AT=$(date +%s.%N)
sleep $((OUTAGE / 3))
health_began=$(date +%s.%N)
health_status=$(curl -s -m 30 -o "$WORK/health-down" -w '%{http_code}' "$URL/health")
health_took=$(awk -v a="$health_began" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
sleep $((OUTAGE - OUTAGE / 3 - ${health_took%.*}))
UP_BEGAN=$(date +%s.%N)
pg -o "-p $OUTAGE_PGPORT -k /tmp -c listen_addresses=127.0.0.1" start || verdict FAIL "the cluster did not start again"
say "cluster started again after $(awk -v a="$DOWN_AT" -v b="$UP_BEGAN" 'BEGIN { printf "%.1f", b - a }') s down"
recovered=""
for ((s = 0; s < 120; s++)); do
  if curl -fs -o /dev/null "$URL/health"; then recovered=$(awk -v a="$UP_BEGAN" -v b="$(date +%s.%N)" \
    'BEGIN { printf "%.1f", b - a }'); break; fi
  sleep 0.5
done
RECOVERED_AT=$(date +%s.%N)
# Notifications claimed just before the stop whose outcome could not be recorded: they wait out the lease.
held=$(sql "SELECT count(*) FROM notifications WHERE status = 'SENDING'")
sleep "$AFTER"
touch "$WORK/stop-load"
wait $CLIENT_PIDS # each finishes its round; a request waits at most curl's 30 s
drained=no
for ((s = 0; s < 60; s++)); do
  [ "$(sql "SELECT count(*) FROM notifications WHERE status IN ('QUEUED', 'SENDING')")" = 0 ] && drained=yes && break
  sleep 1
done

# ---- the checks ----
cat "$WORK"/requests.* >"$WORK/requests"
# phase: before, outage (began after the stop, ended before the start), edge (spans a stop or start), after
awk -F'|' -v down="$DOWN_AT" -v up="$UP_BEGAN" -v ok="$RECOVERED_AT" -v hang="$HANG_LIMIT" '
  { took = $2 - $1
    phase = ($2 < down) ? "before" : ($1 > down && $2 < up) ? "outage" : ($1 > ok) ? "after" : "edge"
    n[phase]++
    if ($4 >= 500 && $4 != 503) bad5xx++
    if ($4 == "000") hung++
    if ($4 == 503 && !($5 ~ /^application\/problem\+json/ && $6 != "" && $7 == "server.unavailable")) bad503++
    # A listing the server keeps in memory (LISTING_CACHE_REFRESH) is still answered while the database is down.
    if (phase == "outage") {
      if ($3 == "browse" && $4 == 200) cached++; else if ($4 != 503) notdown++
      if (took > slowest) slowest = took; if (took > hang) slow++
    }
    if (phase == "after" && $3 == "book" && $4 == 201) booked_after++
    if (phase == "after" && $4 == 503) down_after++
    if (phase == "edge") edge[$4]++
  }
  END {
    printf "%d %d %d %d %d %d %d %d %d %.1f %d %d %d ", n["before"], n["outage"], n["edge"], n["after"], bad5xx + 0,
      hung + 0, bad503 + 0, notdown + 0, slow + 0, slowest, booked_after + 0, down_after + 0, cached + 0
    for (s in edge) printf "%s:%d,", s, edge[s]; print ""
  }' "$WORK/requests" >"$WORK/summary"
read -r before during edge after bad5xx hung bad503 not503 slow slowest booked_after down_after cached edge_codes \
  <"$WORK/summary"
statuses=$(awk -F'|' '{ print $4 }' "$WORK/requests" | sort | uniq -c | awk '{ printf "%s×%s ", $2, $1 }')
health_down=$(grep -c '"database":"down"' "$WORK/health-down")
counters=$(sql "SELECT count(*) FROM events e WHERE seats_booked <>
  (SELECT count(*) FROM bookings b WHERE b.event_id = e.id AND b.status = 'ACTIVE')")
bookings=$(sql "SELECT count(*) FROM bookings")
unconfirmed=$(sql "SELECT count(*) FROM bookings b WHERE NOT EXISTS
  (SELECT 1 FROM notifications n WHERE n.dedupe_key LIKE 'booking-confirmed:' || b.id || '%')")
untold=$(sql "SELECT count(*) FROM bookings b WHERE b.status = 'CANCELLED' AND NOT EXISTS
  (SELECT 1 FROM notifications n WHERE n.dedupe_key LIKE 'booking-cancelled:' || b.id || '%')")
overbooked=$(sql "SELECT count(*) FROM events WHERE seats_booked > capacity")
same_process=no; kill -0 "$SERVER_PID" 2>/dev/null && same_process=yes
outage_errors=$(grep -c 'Unexpected error occurred' "$WORK/node1.log")

echo "--- figures"
echo "requests: $before before, $during during the outage, $edge across a stop/start ($edge_codes), $after after recovery"
echo "statuses: $statuses"
echo "during the outage: $cached listings answered from the server's memory (200), $not503 other answers not 503," \
  "slowest answer ${slowest} s ($slow over ${HANG_LIMIT} s)"
echo "503s without problem+json, Retry-After or code server.unavailable: $bad503; other 5xx: $bad5xx; no answer: $hung"
echo "/health while down: $health_status in ${health_took} s, database down: $health_down"
echo "healthy again ${recovered:-never} s after the cluster started, same process: $same_process;" \
  "bookings made after recovery: $booked_after; 503s after recovery: $down_after"
echo "notifications left claimed by the outage: $held (sent again once the ${LEASE} s lease ran out); queue drained: $drained"
echo "bookings: $bookings; events whose seat counter differs from their active bookings: $counters; overbooked: $overbooked"
echo "bookings without their confirmation: $unconfirmed; cancelled ones without their cancellation notice: $untold"

problems=""
check() { [ "$1" = "$2" ] || problems="$problems; $3 $1 (expected $2)"; }
[ "$during" -gt 0 ] || problems="$problems; no request fell into the outage"
check "$not503" 0 "answers other than 503 (or a listing kept in memory) during the outage:"
check "$slow" 0 "answers slower than ${HANG_LIMIT} s during the outage:"
check "$bad503" 0 "503s that are not a server.unavailable problem with Retry-After:"
check "$bad5xx" 0 "other 5xx answers:"
check "$hung" 0 "requests without an answer:"
check "$health_status" 503 "/health while down answered"
check "$health_down" 1 "/health naming the database down:"
[ -n "$recovered" ] || problems="$problems; not healthy within 60 s of the restart"
check "$same_process" yes "server still the same process:"
[ "$booked_after" -gt 0 ] || problems="$problems; no booking succeeded after recovery"
check "$down_after" 0 "503s after recovery:"
check "$drained" yes "queue drained after recovery:"
check "$counters" 0 "seat counters off:"
check "$overbooked" 0 "overbooked events:"
check "$unconfirmed" 0 "bookings without confirmation:"
check "$untold" 0 "cancellations without notice:"
if [ -z "$problems" ]; then
  verdict PASS "database down ${OUTAGE}s under load: $((during - cached)) requests answered 503 problem+json with" \
    "Retry-After, $cached listings from memory" \
    "(slowest ${slowest}s), 0 other 5xx, /health 503 database down; recovered ${recovered}s after the restart" \
    "without restarting the server ($booked_after bookings after); $bookings bookings, 0 half-written"
fi
verdict FAIL "${problems#; }"
