#!/usr/bin/env bash
# Issue 4's drill: N (10,000) queued notifications, inserted with SQL, drained by three server processes
# (SERVER_ROLE=worker). SINK=webhook (default): to a local receiver (Receiver.java) that counts each
# Idempotency-Key; SINK=log: to the LOG channel, each send's log line counted across the three logs. Runs:
#   plain - all three dispatch to the end: no loss, no duplicate; throughput;
#   crash - (issue 8's crash drill) one dispatcher is killed with kill -9 mid-dispatch and restarted: lost (goal 0)
#           and duplicated (goal 0 beyond the in-flight batch, which is reported): only the batch it had in flight
#           (at most DISPATCH_BATCH_SIZE) may arrive twice, as the others resend it once its lease expires
#           (counted after the kill: rows SENDING whose claimed_by names the killed process);
#   stop  - one dispatcher is stopped with SIGTERM (a deploy) mid-dispatch and restarted: no loss, no duplicate.
# Ends with one VERDICT line. Needs bootstrap/target/eventboard.jar, java, curl, psql/createdb/dropdb reaching
# PostgreSQL (PGHOST...). Drops and creates the database DB_PREFIX_dispatch.
# Usage: [SINK=log] multi-dispatcher.sh [plain] [crash] [stop]   (default: all three)
set -u
. "$(dirname "$0")/lib.sh"

N=${N:-10000}
BATCH=${BATCH:-100}        # DISPATCH_BATCH_SIZE
LEASE=${LEASE:-10}         # NOTIFY_LEASE (s): how soon a killed dispatcher's batch is taken over
KILL_AT=${KILL_AT:-30}     # crash run: kill node 2 once this percentage is sent
VARIANTS=${*:-plain crash stop}
SINK=${SINK:-webhook}
RECEIVER_PORT=$((BASE_PORT + 10))

need java curl psql createdb dropdb
fresh_database dispatch
export SERVER_ROLE=worker JWT_SECRET=drill-secret-that-is-long-enough-for-hs256 \
  WEBHOOK_SECRET=drill-webhook-secret-that-is-long-enough WEBHOOK_ALLOW_PRIVATE=true \
  DISPATCH_INTERVAL=PT1S DISPATCH_BATCH_SIZE=$BATCH NOTIFY_LEASE=PT${LEASE}S

case "$SINK" in
  webhook) CHANNEL=WEBHOOK ADDRESS="http://127.0.0.1:$RECEIVER_PORT/hook"
    java "$(dirname "$0")/Receiver.java" "$RECEIVER_PORT" >"$WORK/receiver.log" 2>&1 &
    STARTED_PIDS="$STARTED_PIDS $!"
    disown $! ;;
  log) CHANNEL=LOG ADDRESS=drill ;;
  *) verdict FAIL "SINK must be webhook or log" ;;
esac
say "starting 3 dispatchers on ports $(port_of 1)-$(port_of 3), database $DB, sink $SINK"
start_node 1 && wait_healthy 1 # the first one migrates the schema
start_node 2 && start_node 3 && wait_healthy 2 && wait_healthy 3
[ "$SINK" = log ] || curl -fs -o /dev/null "http://127.0.0.1:$RECEIVER_PORT/stats" \
  || verdict FAIL "the receiver did not start: $(cat "$WORK/receiver.log")"

now() { date +%s.%N; }
open_count() { sql "SELECT count(*) FROM notifications WHERE status IN ('QUEUED', 'SENDING')"; }
sent_count() { sql "SELECT count(*) FROM notifications WHERE status = 'SENT'"; }
receiver() { curl -fs "http://127.0.0.1:$RECEIVER_PORT/$1" -X "${2:-GET}"; }
mark_logs() { for n in 1 2 3; do wc -l <"$WORK/node$n.log" >"$WORK/mark$n"; done; }
since_mark() { tail -n +$(($(cat "$WORK/mark$1") + 1)) "$WORK/node$1.log"; }
sends_since_mark() { # sends node $1 logged since mark_logs
  if [ "$SINK" = log ]; then since_mark "$1" | grep -c 'notification id=.* kind=CUSTOM to=drill '
  else since_mark "$1" | grep -c 'channel=WEBHOOK attempt=[0-9]* outcome=delivered'; fi
}
deliveries() { # what the sink got since mark_logs: received distinct duplicated-ids extra-deliveries
  if [ "$SINK" = webhook ]; then receiver stats | sed 's/[a-z_]*=//g'; return; fi
  for n in 1 2 3; do since_mark "$n"; done | grep -o 'notification id=[^ ]* kind=CUSTOM to=drill ' | sort \
    | uniq -c | awk '{ received += $1; distinct++; if ($1 > 1) { duplicated++; extra += $1 - 1 } }
      END { print received + 0, distinct + 0, duplicated + 0, extra + 0 }'
}

# run NAME: one drill run on an empty queue; prints its figures and leaves "NAME ok|problem..." in $WORK/outcomes.
run() {
  sql "TRUNCATE notifications"
  [ "$SINK" = log ] || receiver reset POST
  mark_logs
  held=0
  say "$1: enqueueing $N notifications to the $SINK sink"
  started=$(now)
  sql "INSERT INTO notifications (id, channel, address, kind, subject, body, priority, dedupe_key, status, attempts,
         created_at, next_attempt_at, updated_at)
       SELECT gen_random_uuid(), '$CHANNEL', '$ADDRESS', 'CUSTOM', 'drill', 'message ' || i,
              5, 'drill:$1:' || i, 'QUEUED', 0, now(), now(), now() FROM generate_series(1, $N) i"
  if [ "$1" != plain ]; then
    until [ "$(sent_count)" -ge $((N * KILL_AT / 100)) ]; do sleep 0.1; done
    pid=$(cat "$WORK/node2.pid")
    at=$(sent_count)
    if [ "$1" = crash ]; then kill_node 2 && how="killed (kill -9)"; else stop_node 2 && how="stopped (SIGTERM)"; fi
    # The worker name in claimed_by starts with the process id: what node 2 left claimed when it went down.
    held=$(sql "SELECT count(*) FROM notifications WHERE status = 'SENDING' AND claimed_by LIKE '$pid@%'")
    say "$1: node 2 $how at $at sent ($(sent_count) once it was down), leaving $held claimed; restarting it"
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
  read -r received distinct duplicated extra <<<"$(deliveries)"
  wall=$(awk -v a="$started" -v b="$finished" 'BEGIN { printf "%.2f", b - a }')
  echo "--- $1"
  echo "queued $N; stored SENT $sent, FAILED $failed, still open $(open_count); attempts > 1: $retried;" \
    "left claimed by node 2 going down: $held"
  echo "$SINK sink: $received deliveries, $distinct distinct ids, $duplicated ids more than once ($extra extra deliveries)"
  echo "throughput: $(awk -v n="$N" -v s="$wall" 'BEGIN { printf "%.0f", n / s }')/s from the insert to an empty queue" \
    "(${wall} s), $(awk -v n="$N" -v s="$window" 'BEGIN { printf "%.0f", n / s }')/s between the first and the last" \
    "send (${window} s)"
  echo "sends per node: 1: $(sends_since_mark 1), 2: $(sends_since_mark 2), 3: $(sends_since_mark 3)"
  allowed=0
  [ "$1" = crash ] && allowed=$held
  problems=""
  [ "$1" = stop ] && [ "$held" != 0 ] && problems="$problems, $held left claimed by the stopped node"
  [ "$sent" = "$N" ] || problems="$problems, $((N - sent)) not sent"
  [ "$distinct" = "$N" ] || problems="$problems, $((N - distinct)) never received"
  lost=$((N - distinct))
  beyond=$((extra > allowed ? extra - allowed : 0))
  [ "$beyond" = 0 ] || problems="$problems, $extra duplicated ($beyond beyond the in-flight batch of $allowed)"
  problems=${problems#, }
  in_flight=""
  [ "$1" = crash ] && in_flight=" (in-flight batch of the killed node: $held, beyond it: $beyond)"
  echo "$1 ${problems:-ok: $lost lost, $extra duplicated$in_flight, $(awk -v n="$N" -v s="$wall" 'BEGIN { printf "%.0f", n / s }')/s}" \
    >>"$WORK/outcomes"
}

for variant in $VARIANTS; do run "$variant"; done
if grep -qv ' ok: ' "$WORK/outcomes"; then
  verdict FAIL "$SINK sink: $(tr '\n' ';' <"$WORK/outcomes")"
fi
verdict PASS "$N notifications, 3 dispatchers, $SINK sink: $(tr '\n' ';' <"$WORK/outcomes" | sed 's/;$//; s/;/; /g')"
