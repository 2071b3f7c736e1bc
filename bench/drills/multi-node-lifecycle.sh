#!/usr/bin/env bash
# Issue 5's drill: three server processes (SERVER_ROLE=all) on one PostgreSQL with one-second job intervals and
# events starting every few seconds. Every event must go SCHEDULED -> ONGOING -> COMPLETED on time, every active
# booking must get exactly one reminder (one per channel of its person, sent once) and cancelled bookings and
# events none, although one process is killed with kill -9 mid-run. Everything is set up over the HTTP API,
# spread over the three processes; the checks read the database. Ends with one VERDICT line.
# Issue 8 adds a booking rush at the same time (RUSH_EVENTS > 0): while the first reminders go out and the first
# events start, RUSH_CLIENTS people book RUSH_EVENTS small events at once through all three processes, every
# other winner cancels, and the losers try again. No event may hold more active bookings than seats, each
# seat counter must equal its active bookings, and the active bookings must be exactly those the API
# acknowledged (201s minus 200 cancellations). The rush events are held later and get their reminders too.
#
# Needs: bootstrap/target/eventboard.jar, java, curl, jq, psql/createdb/dropdb reaching PostgreSQL (PGHOST...).
# Drops and creates the database DB_PREFIX_lifecycle. Settings below can be changed from the environment.
set -u
. "$(dirname "$0")/lib.sh"

EVENTS=${EVENTS:-8}       # events, one starting every SPACING seconds; the last one is cancelled
SPACING=${SPACING:-4}
DURATION=${DURATION:-6}   # how long each event lasts (s)
PEOPLE=${PEOPLE:-15}      # attendees; each books every event, two cancel half of them
START_IN=${START_IN:-90}  # seconds from the accounts' creation to the first start; the events, bookings and
                          # cancellations must be in place before the first reminder window opens (LEAD before)
LEAD=${LEAD:-20}          # REMINDER_LEAD (s)
SLACK=${SLACK:-3}         # how late (s) a status change or a reminder may come and still be on time
KILL_NODE=${KILL_NODE:-2}
RUSH_EVENTS=${RUSH_EVENTS:-3}    # 0: the issue 5 drill alone
RUSH_CAPACITY=${RUSH_CAPACITY:-8}
RUSH_CLIENTS=${RUSH_CLIENTS:-24}

need java curl jq psql createdb dropdb
fresh_database lifecycle
export JWT_SECRET=drill-secret-that-is-long-enough-for-hs256 SERVER_ROLE=all RATE_LIMIT_AUTH_PER_MINUTE=0 \
  STATUS_SWEEP_INTERVAL=PT1S REMINDER_INTERVAL=PT1S REMINDER_LEAD=PT${LEAD}S DISPATCH_INTERVAL=PT1S \
  NOTIFY_LEASE=PT10S

say "starting 3 server processes on ports $(port_of 1)-$(port_of 3), database $DB"
start_node 1 && wait_healthy 1 # the first one migrates the schema
start_node 2 && start_node 3 && wait_healthy 2 && wait_healthy 3

# api METHOD PATH NODE TOKEN [JSON]: prints the HTTP status; the body is left in $WORK/body.
api() {
  curl -s -o "$WORK/body" -w '%{http_code}' -X "$1" "http://127.0.0.1:$(port_of "$3")$2" \
    -H 'content-type: application/json' ${4:+-H "authorization: Bearer $4"} ${5:+-d "$5"}
}
expect() { # expect STATUS what...: fails the drill unless the last answer had STATUS
  [ "$code" = "$1" ] || verdict FAIL "setup: $2 answered $code: $(head -c 300 "$WORK/body")"
}
node_for() { echo $(($1 % 3 + 1)); }
account() { # account NAME NODE: registers and logs in; leaves the access token in TOKEN
  code=$(api POST /api/auth/register "$2" "" "{\"username\":\"$1\",\"email\":\"$1@example.org\",\"password\":\"password-$1\"}")
  expect 201 "register $1"
  code=$(api POST /api/auth/login "$2" "" "{\"username\":\"$1\",\"password\":\"password-$1\"}")
  expect 200 "login $1"
  TOKEN=$(jq -r .access_token "$WORK/body")
}

say "setup over HTTP: 1 organizer, $PEOPLE people, $EVENTS events"
account organizer 1
ORGANIZER=$TOKEN
TOKENS=()
for ((p = 0; p < PEOPLE; p++)); do
  account "person$p" "$(node_for "$p")"
  TOKENS+=("$TOKEN")
done
RUSHERS=()
for ((c = 0; c < RUSH_CLIENTS; c++)); do
  account "rusher$c" "$(node_for "$c")"
  RUSHERS+=("$TOKEN")
done
BASE=$(($(date +%s) + START_IN)) # from here on, the API calls must end before the first reminder window opens
IDS=()
for ((i = 0; i < EVENTS; i++)); do
  starts=$(date -u -d "@$((BASE + i * SPACING))" +%Y-%m-%dT%H:%M:%SZ)
  ends=$(date -u -d "@$((BASE + i * SPACING + DURATION))" +%Y-%m-%dT%H:%M:%SZ)
  code=$(api POST /api/events "$(node_for "$i")" "$ORGANIZER" \
    "{\"title\":\"drill event $i\",\"starts_at\":\"$starts\",\"ends_at\":\"$ends\",\"capacity\":1000,\"tags\":[]}")
  expect 201 "create event $i"
  IDS+=("$(jq -r .id "$WORK/body")")
done
# The rush events are held after the others, late enough that the rush is over before their reminder window.
RUSH_IDS=()
RUSH_BASE=$((BASE + EVENTS * SPACING + LEAD))
for ((r = 0; r < RUSH_EVENTS; r++)); do
  starts=$(date -u -d "@$((RUSH_BASE + r))" +%Y-%m-%dT%H:%M:%SZ)
  ends=$(date -u -d "@$((RUSH_BASE + r + DURATION))" +%Y-%m-%dT%H:%M:%SZ)
  code=$(api POST /api/events "$(node_for "$r")" "$ORGANIZER" \
    "{\"title\":\"rush event $r\",\"starts_at\":\"$starts\",\"ends_at\":\"$ends\",\"capacity\":$RUSH_CAPACITY,\"tags\":[]}")
  expect 201 "create rush event $r"
  RUSH_IDS+=("$(jq -r .id "$WORK/body")")
done
RUSH_LIST="'$(IFS=,; echo "${RUSH_IDS[*]}" | sed "s/,/','/g")'"
[ "$RUSH_EVENTS" -gt 0 ] || RUSH_LIST="'00000000-0000-0000-0000-000000000000'"
for ((i = 0; i < EVENTS; i++)); do
  for ((p = 0; p < PEOPLE; p++)); do
    code=$(api POST "/api/events/${IDS[$i]}/book" "$(node_for $((i + p)))" "${TOKENS[$p]}")
    expect 201 "book event $i for person$p"
  done
done
HALF=$((EVENTS / 2))
for ((i = 0; i < HALF; i++)); do
  for p in 1 2; do
    code=$(api POST "/api/events/${IDS[$i]}/cancel-booking" "$(node_for "$p")" "${TOKENS[$p]}")
    expect 200 "cancel booking of person$p for event $i"
  done
done
CANCELLED=${IDS[$((EVENTS - 1))]}
code=$(api POST "/api/events/$CANCELLED/cancel" 3 "$ORGANIZER")
expect 200 "cancel the last event"
EXPECTED=$(((EVENTS - 1) * PEOPLE - 2 * HALF))
[ "$(date +%s)" -lt $((BASE - LEAD)) ] \
  || verdict FAIL "events, bookings and cancellations took $(($(date +%s) - BASE + START_IN)) s, past the first reminder window: raise START_IN"
WRITES_BEFORE=$(sql "SELECT sum(version) FROM events WHERE status = 'SCHEDULED' AND id NOT IN ($RUSH_LIST)")
say "setup done $((BASE - $(date +%s))) s before the first start; $EXPECTED active bookings to remind"

# Every half second: which events are live or completed, when, and when they should be.
observe() {
  while :; do
    psql -d "$DB" -XAtq -F ' ' -c "SELECT id, status, extract(epoch FROM clock_timestamp()),
      extract(epoch FROM starts_at), extract(epoch FROM ends_at) FROM events
      WHERE status IN ('ONGOING', 'COMPLETED')" >>"$WORK/observed"
    sleep 0.5
  done
}
observe &
OBSERVER=$!
STARTED_PIDS="$STARTED_PIDS $OBSERVER"

# rush_call CLIENT EVENT OPERATION: one booking or cancellation through a node that depends on the client and
# the event; each answer becomes a line "client event operation status" in $WORK/rush.
rush_call() { # rush_call CLIENT EVENT OPERATION LABEL
  status=$(curl -s -m 120 -o /dev/null -w '%{http_code}' -X POST \
    "http://127.0.0.1:$(port_of "$(node_for $(($1 + $2)))")/api/events/${RUSH_IDS[$2]}/$3" \
    -H "authorization: Bearer ${RUSHERS[$1]}")
  echo "$1 $2 $4 $status" >>"$WORK/rush"
}
# rusher CLIENT: books every rush event at once (as everyone else does); then, a moment later, a winner with an
# even number cancels and a loser tries once more (and may take a freed seat).
rusher() {
  for ((r = 0; r < RUSH_EVENTS; r++)); do rush_call "$1" "$r" book rush & done
  wait
  sleep 1
  for ((r = 0; r < RUSH_EVENTS; r++)); do
    if grep -q "^$1 $r rush 201$" "$WORK/rush"; then
      [ $(($1 % 2)) = 1 ] || rush_call "$1" "$r" cancel-booking cancel
    else
      rush_call "$1" "$r" book retry
    fi
  done
}
rush() {
  sleep $((BASE - LEAD - $(date +%s))) # the first reminder window opens; sweeps and dispatch are busy
  say "rush: $RUSH_CLIENTS people book $RUSH_EVENTS events of $RUSH_CAPACITY seats through 3 processes"
  for ((c = 0; c < RUSH_CLIENTS; c++)); do rusher "$c" & done
  wait
  say "rush over: $(awk '{ print $3, $4 }' "$WORK/rush" | sort | uniq -c | awk '{ printf "%s %s %s, ", $1, $2, $3 }')"
}
touch "$WORK/rush"
rush &
STARTED_PIDS="$STARTED_PIDS $!"

KILL_AT=$((BASE + HALF * SPACING + 1))
sleep $((KILL_AT - $(date +%s)))
kill_node "$KILL_NODE"
say "killed node $KILL_NODE (kill -9) just after event $HALF started"

LAST_END=$((BASE + (EVENTS - 1) * SPACING + DURATION))
[ "$RUSH_EVENTS" -gt 0 ] && LAST_END=$((RUSH_BASE + RUSH_EVENTS - 1 + DURATION))
sleep $((LAST_END + 2 - $(date +%s)))
deadline=$(($(date +%s) + 60))
until [ "$(sql "SELECT (SELECT count(*) FROM events WHERE status IN ('SCHEDULED', 'ONGOING'))
    + (SELECT count(*) FROM notifications WHERE status IN ('QUEUED', 'SENDING'))")" = 0 ]; do
  [ "$(date +%s)" -lt "$deadline" ] || break
  sleep 1
done
kill "$OBSERVER"

# ---- the checks ----
LIVE=$((EVENTS - 1))
not_completed=$(sql "SELECT count(*) FROM events WHERE id <> '$CANCELLED' AND status <> 'COMPLETED'")
cancelled_status=$(sql "SELECT status FROM events WHERE id = '$CANCELLED'")
writes=$(($(sql "SELECT sum(version) FROM events WHERE id <> '$CANCELLED' AND id NOT IN ($RUSH_LIST)") - WRITES_BEFORE))
# The rush: per event, what the API acknowledged and what the database holds.
read -r rush_first rush_acknowledged rush_active rush_over rush_counters rush_errors <<<"$(
  for ((r = 0; r < RUSH_EVENTS; r++)); do
    first=$(grep -c "^[0-9]* $r rush 201$" "$WORK/rush")
    acknowledged=$(($(grep -c "^[0-9]* $r \(rush\|retry\) 201$" "$WORK/rush") - $(grep -c "^[0-9]* $r cancel 200$" "$WORK/rush")))
    read -r active seats capacity <<<"$(sql "SELECT (SELECT count(*) FROM bookings b WHERE b.event_id = e.id AND
      b.status = 'ACTIVE'), seats_booked, capacity FROM events e WHERE id = '${RUSH_IDS[$r]}'" | tr '|' ' ')"
    echo "$first $acknowledged $active $((active > capacity)) $((seats != active)) $((active != acknowledged))"
  done | awk '{ for (i = 1; i <= 6; i++) t[i] += $i; fw = fw (NR > 1 ? "," : "") $1 }
    END { print fw == "" ? "-" : fw, t[2] + 0, t[3] + 0, t[4] + 0, t[5] + 0, t[6] + 0 }')"
rush_statuses=$(awk '{ print $3 ":" $4 }' "$WORK/rush" | sort | uniq -c | awk '{ printf "%s×%s ", $2, $1 }')
rush_5xx=$(awk '$4 >= 500 || $4 == "000"' "$WORK/rush" | wc -l)
EXPECTED=$((EXPECTED + rush_active))
LIVE_ALL=$((LIVE + RUSH_EVENTS))
read -r seen_ongoing late_start early_start late_end early_end <<<"$(awk '
  !(($1, $2) in first) { first[$1, $2] = 1
    if ($2 == "ONGOING") { n++; d = $3 - $4; if (d > ls) ls = d; if (es == "" || d < es) es = d }
    else { d = $3 - $5; if (d > le) le = d; if (ee == "" || d < ee) ee = d } }
  END { printf "%d %.1f %.1f %.1f %.1f\n", n, ls, es, le, ee }' "$WORK/observed")"

R="WITH r AS (SELECT n.id, n.user_id, n.channel, n.status, n.attempts, n.created_at, n.sent_at,
                     split_part(n.dedupe_key, ':', 2)::uuid AS event_id FROM notifications n
              WHERE n.kind = 'EVENT_REMINDER'),
     due AS (SELECT b.event_id, b.user_id FROM bookings b JOIN events e ON e.id = b.event_id
             WHERE b.status = 'ACTIVE' AND e.status <> 'CANCELLED')"
due=$(sql "$R SELECT count(*) FROM due")
reminders=$(sql "$R SELECT count(*) FROM r")
missing=$(sql "$R SELECT count(*) FROM due d CROSS JOIN (VALUES ('IN_APP'), ('LOG')) c(channel)
  WHERE NOT EXISTS (SELECT 1 FROM r WHERE r.event_id = d.event_id AND r.user_id = d.user_id AND r.channel = c.channel)")
doubled=$(sql "$R SELECT count(*) FROM (SELECT 1 FROM r GROUP BY event_id, user_id, channel HAVING count(*) > 1) x")
stray=$(sql "$R SELECT count(*) FROM r WHERE NOT EXISTS
  (SELECT 1 FROM due d WHERE d.event_id = r.event_id AND d.user_id = r.user_id)")
not_sent=$(sql "$R SELECT count(*) FROM r WHERE status <> 'SENT'")
resent=$(sql "$R SELECT count(*) FROM r WHERE attempts > 1")
read -r early_reminder late_reminder after_start <<<"$(sql "$R SELECT
  round(min(extract(epoch FROM r.created_at - (e.starts_at - interval '$LEAD seconds')))::numeric, 1),
  round(max(extract(epoch FROM r.sent_at - (e.starts_at - interval '$LEAD seconds')))::numeric, 1),
  count(*) FILTER (WHERE r.sent_at > e.starts_at) FROM r JOIN events e ON e.id = r.event_id" | tr '|' ' ')"
log_sends=$(cat "$WORK"/node*.log | grep -o 'notification id=[^ ]* kind=EVENT_REMINDER' | sort | tee "$WORK/reminder-sends" | wc -l)
log_doubled=$(uniq -d "$WORK/reminder-sends" | wc -l)
other_open=$(sql "SELECT count(*) FROM notifications WHERE status <> 'SENT'")
killed_dead=yes; kill -0 "$(cat "$WORK/node$KILL_NODE.pid")" 2>/dev/null && killed_dead=no

echo "--- figures"
echo "events: $LIVE to run + $RUSH_EVENTS rush events + 1 cancelled; completed $((LIVE_ALL - not_completed))/$LIVE_ALL; cancelled one: $cancelled_status"
echo "rush: $RUSH_CLIENTS people, $RUSH_EVENTS events of $RUSH_CAPACITY seats; answers $rush_statuses"
echo "rush: first-wave bookings per event $rush_first; acknowledged $rush_acknowledged = active $rush_active;" \
  "overbooked events $rush_over, seat counters off $rush_counters, events where active differs from acknowledged $rush_errors"
echo "event rows written after setup: $writes (expected $((2 * LIVE)): one for ONGOING, one for COMPLETED)"
echo "seen ONGOING: $seen_ongoing/$LIVE_ALL; lateness (s, sampled every 0.5 s): start ${early_start}..${late_start}, end ${early_end}..${late_end}"
echo "active bookings of held events: $due (expected $EXPECTED, $rush_active of them from the rush); reminder notifications: $reminders (2 channels each)"
echo "missing: $missing, doubled: $doubled, for cancelled bookings or events: $stray, not sent: $not_sent, attempts > 1: $resent"
echo "reminders written ${early_reminder} s .. sent ${late_reminder} s after their window opened; sent after the start: $after_start"
echo "log sends of reminders: $log_sends, ids logged twice: $log_doubled; other notifications not sent: $other_open"
for n in 1 2 3; do
  echo "node $n: sweeps that moved events $(grep -c 'job=status-sweep outcome' "$WORK/node$n.log")," \
    "reminder runs that wrote some $(grep -c 'job=reminders outcome' "$WORK/node$n.log")," \
    "dispatch runs that sent some $(grep -c 'job=dispatch outcome' "$WORK/node$n.log")"
done
echo "killed node $KILL_NODE stayed down: $killed_dead"

problems=""
check() { [ "$1" = "$2" ] || problems="$problems; $3 $1 (expected $2)"; }
within() { awk -v v="$1" -v lo="$2" -v hi="$3" 'BEGIN { exit !(v >= lo && v <= hi) }' || problems="$problems; $4 $1"; }
check "$not_completed" 0 "events not completed:"
check "$cancelled_status" CANCELLED "cancelled event is"
check "$writes" $((2 * LIVE)) "event writes:"
check "$seen_ongoing" "$LIVE_ALL" "events seen ongoing:"
check "$rush_over" 0 "overbooked rush events:"
check "$rush_counters" 0 "rush events with a seat counter off:"
check "$rush_errors" 0 "rush events whose active bookings differ from the acknowledged:"
check "$rush_5xx" 0 "rush answers 5xx or none:"
[ "$RUSH_EVENTS" = 0 ] || check "$rush_first" "$(printf "$RUSH_CAPACITY,%.0s" $(seq "$RUSH_EVENTS") | sed 's/,$//')" \
  "first-wave bookings per event:"
within "$early_start" 0 "$SLACK" "start lateness min"
within "$late_start" 0 "$SLACK" "start lateness max"
within "$early_end" 0 "$SLACK" "end lateness min"
within "$late_end" 0 "$SLACK" "end lateness max"
check "$due" "$EXPECTED" "active bookings:"
check "$reminders" $((2 * EXPECTED)) "reminders:"
check "$missing" 0 "missing reminders:"
check "$doubled" 0 "doubled reminders:"
check "$stray" 0 "reminders for cancelled bookings or events:"
check "$not_sent" 0 "reminders not sent:"
check "$log_sends" "$EXPECTED" "LOG reminder sends:"
check "$log_doubled" 0 "reminders logged twice:"
check "$after_start" 0 "reminders sent after the start:"
within "$early_reminder" 0 "$SLACK" "reminders written (s after window opened)"
within "$late_reminder" 0 "$SLACK" "reminders sent (s after window opened)"
check "$killed_dead" yes "killed node down:"
if [ -z "$problems" ]; then
  verdict PASS "$LIVE_ALL events SCHEDULED->ONGOING->COMPLETED within ${SLACK}s, $EXPECTED bookings reminded exactly once" \
    "($reminders notifications, all sent once), none for cancelled ones, with node $KILL_NODE killed mid-run;" \
    "rush of $RUSH_CLIENTS people on $RUSH_EVENTS events of $RUSH_CAPACITY seats: first wave $rush_first," \
    "$rush_active active = acknowledged, 0 overbooked, counters consistent"
fi
verdict FAIL "${problems#; }"
