#!/usr/bin/env bash
# Issue 4's drill: N (10,000) queued webhook notifications, inserted with SQL, drained by three server processes
# (SERVER_ROLE=worker) into a local receiver (Receiver.java) that counts each Idempotency-Key. Two runs:
#   plain - all three dispatch to the end: no loss, no duplicate; throughput;
#   crash - one dispatcher is killed with kill -9 mid-dispatch and restarted: no loss; duplicates only from the
#           batch it had in flight (at most DISPATCH_BATCH_SIZE), which the others resend once its lease expires.
# Ends with one VERDICT line. Needs bootstrap/target/eventboard.jar, java, curl, psql/createdb/dropdb reaching
# PostgreSQL (PGHOST...). Drops and creates the database eb_drill_dispatch. Usage: multi-dispatcher.sh [plain] [crash]
set -u
. "$(dirname "$0")/lib.sh"

N=${N:-10000}
BATCH=${BATCH:-100}        # DISPATCH_BATCH_SIZE
LEASE=${LEASE:-10}         # NOTIFY_LEASE (s): how soon a killed dispatcher's batch is taken over
KILL_AT=${KILL_AT:-30}     # crash run: kill node 2 once this percentage is sent
VARIANTS=${*:-plain crash}
RECEIVER_PORT=$((BASE_PORT + 10))

need java curl psql createdb dropdb
fresh_database eb_drill_dispatch
export SERVER_ROLE=worker JWT_SECRET=drill-secret-that-is-long-enough-for-hs256 \
  WEBHOOK_SECRET=drill-webhook-secret-that-is-long-enough WEBHOOK_ALLOW_PRIVATE=true \
  DISPATCH_INTERVAL=PT1S DISPATCH_BATCH_SIZE=$BATCH NOTIFY_LEASE=PT${LEASE}S

java "$(dirname "$0")/Receiver.java" "$RECEIVER_PORT" >"$WORK/receiver.log" 2>&1 &
STARTED_PIDS="$STARTED_PIDS $!"
disown $!
say "starting the receiver on $RECEIVER_PORT and 3 dispatchers on ports $(port_of 1)-$(port_of 3), database $DB"
start_node 1 && wait_healthy 1 # the first one migrates the schema
start_node 2 && start_node 3 && wait_healthy 2 && wait_healthy 3
curl -fs -o /dev/null "http://127.0.0.1:$RECEIVER_PORT/stats" || verdict FAIL "the receiver did not start: $(cat "$WORK/receiver.log")"

now() { date +%s.%N; }
open_count() { sql "SELECT count(*) FROM notifications WHERE status IN ('QUEUED', 'SENDING')"; }
sent_count() { sql "SELECT count(*) FROM notifications WHERE status = 'SENT'"; }
receiver() { curl -fs "http://127.0.0.1:$RECEIVER_PORT/$1" -X "${2:-GET}"; }
mark_logs() { for n in 1 2 3; do wc -l <"$WORK/node$n.log" >"$WORK/mark$n"; done; }
sends_since_mark() { # webhook sends node $1 logged since mark_logs
  tail -n +$(($(cat "$WORK/mark$1") + 1)) "$WORK/node$1.log" | grep -c 'channel=WEBHOOK attempt=[0-9]* outcome=delivered'
}

# run NAME: one drill run on an empty queue; prints its figures and leaves "NAME ok|problem..." in $WORK/outcomes.
run() {
  sql "TRUNCATE notifications"
  receiver reset POST
  mark_logs
  say "$1: enqueueing $N webhook notifications"
  started=$(now)
  sql "INSERT INTO notifications (id, channel, address, kind, subject, body, priority, dedupe_key, status, attempts,
         created_at, next_attempt_at, updated_at)
       SELECT gen_random_uuid(), 'WEBHOOK', 'http://127.0.0.1:$RECEIVER_PORT/hook', 'CUSTOM', 'drill', 'message ' || i,
              5, 'drill:$1:' || i, 'QUEUED', 0, now(), now(), now() FROM generate_series(1, $N) i"
  if [ "$1" != plain ]; then
    until [ "$(sent_count)" -ge $((N * KILL_AT / 100)) ]; do sleep 0.1; done
    if [ "$1" = crash ]; then kill_node 2 && how="killed (kill -9)"; else stop_node 2 && how="stopped (SIGTERM)"; fi
    say "$1: node 2 $how at $(sent_count) sent; restarting it"
    start_node 2
  fi
  deadline=$(($(date +%s) + 180))
  until [ "$(open_count)" = 0 ] || [ "$(date +%s)" -ge "$deadline" ]; do sleep 0.2; done
  finished=$(now)
  [ "$1" != plain ] && wait_healthy 2

  sent=$(sent_count)
  failed=$(sql "SELECT count(*) FROM notifications WHERE status = 'FAILED'")
  retried=$(sql "SELECT count(*) FROM notifications WHERE attempts > 1")
  window=$(sql "SELECT round(extract(epoch FROM max(sent_at) - min(sent_at))::numeric, 2) FROM notifications")
  read -r received distinct duplicated extra <<<"$(receiver stats | sed 's/[a-z_]*=//g')"
  wall=$(awk -v a="$started" -v b="$finished" 'BEGIN { printf "%.2f", b - a }')
  echo "--- $1"
  echo "queued $N; stored SENT $sent, FAILED $failed, still open $(open_count); attempts > 1: $retried"
  echo "receiver: $received requests, $distinct distinct ids, $duplicated ids more than once ($extra extra deliveries)"
  echo "throughput: $(awk -v n="$N" -v s="$wall" 'BEGIN { printf "%.0f", n / s }')/s from the insert to an empty queue" \
    "(${wall} s), $(awk -v n="$N" -v s="$window" 'BEGIN { printf "%.0f", n / s }')/s between the first and the last" \
    "send (${window} s)"
  echo "sends per node: 1: $(sends_since_mark 1), 2: $(sends_since_mark 2), 3: $(sends_since_mark 3)"
  allowed=0
  [ "$1" = crash ] && allowed=$BATCH
  problems=""
  [ "$sent" = "$N" ] || problems="$problems, $((N - sent)) not sent"
  [ "$distinct" = "$N" ] || problems="$problems, $((N - distinct)) never received"
  [ "$extra" -le "$allowed" ] || problems="$problems, $extra duplicates (allowed $allowed)"
  problems=${problems#, }
  echo "$1 ${problems:-ok: 0 lost, $extra duplicates, $(awk -v n="$N" -v s="$wall" 'BEGIN { printf "%.0f", n / s }')/s}" \
    >>"$WORK/outcomes"
}

for variant in $VARIANTS; do run "$variant"; done
if grep -qv ' ok: ' "$WORK/outcomes"; then
  verdict FAIL "$(tr '\n' ';' <"$WORK/outcomes")"
fi
verdict PASS "$N notifications, 3 dispatchers: $(tr '\n' ';' <"$WORK/outcomes" | sed 's/;$//; s/;/; /g')"
