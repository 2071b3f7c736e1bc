#!/usr/bin/env bash
# Issue 8, benchmark 3 (lifecycle), with server processes of the runnable jar on one PostgreSQL:
#   sweep     - DUE (100,000) events fall due at once in a table of EVENTS (1,000,000): the status sweep through
#               POST /api/channels/events/update-all-statuses, against the limit of ONE set-based UPDATE of the
#               same rows (goal: at most 1.5 times the limit);
#   reminders - BOOKINGS (100,000) active bookings whose reminders fall due: POST /api/channels/events/send-reminders,
#               against a plain INSERT ... SELECT of the same notification rows (goal: at most 1.5 times); twice,
#               the first call of the fresh server process (cold JIT) and, after a reset, the job as it usually runs;
#   dispatch  - the reminders written (two per booking: the inbox and the log channel) dispatched by 1 and by 3
#               worker processes (SERVER_ROLE=worker), to the log sink and to a webhook sink on loopback, against
#               pgbench claiming batches of 100 with FOR UPDATE SKIP LOCKED and recording them sent, with as many
#               clients as workers (goal: 10,000/s to the log sink).
# The limits run on a copy of the seeded database (CREATE DATABASE ... TEMPLATE), so both sides start equal.
# Prints the figures and writes bench/results/lifecycle.json. Needs bootstrap/target/eventboard.jar, java, curl,
# psql, createdb, dropdb, pgbench. Drops and creates eb_bench_lifecycle and eb_bench_lifecycle_limit (DB_PREFIX).
# Usage: [EVENTS=…] [DUE=…] [BOOKINGS=…] bench/lifecycle/run.sh [sweep] [reminders] [dispatch]
set -u
DB_PREFIX=${DB_PREFIX:-eb_bench}
. "$(dirname "$0")/../drills/lib.sh"

EVENTS=${EVENTS:-1000000}
DUE=${DUE:-100000}
BOOKINGS=${BOOKINGS:-100000}
PER_EVENT=${PER_EVENT:-100}          # bookings per event whose reminder falls due
PARTS=${*:-sweep reminders dispatch}
OPS_TOKEN=ebst_bench-lifecycle-ops-token-0123456789abcdef
RECEIVER_PORT=$((BASE_PORT + 10))
RESULTS="$ROOT/bench/results"
LIMIT_DB=${DB_PREFIX}_lifecycle_limit

need java curl psql createdb dropdb pgbench
mkdir -p "$RESULTS"
fresh_database lifecycle
dropdb --if-exists "$LIMIT_DB"
export JWT_SECRET=bench-secret-that-is-long-enough-for-hs256 RATE_LIMIT_OPS_PER_MINUTE=0 DATASOURCE_POOL_SIZE=5 \
  WEBHOOK_SECRET=bench-webhook-secret-that-is-long-enough WEBHOOK_ALLOW_PRIVATE=true \
  STATUS_SWEEP_INTERVAL=P1D REMINDER_INTERVAL=P1D DISPATCH_INTERVAL=PT1S NOTIFY_LEASE=PT1M
seconds() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(seconds)" 'BEGIN { printf "%.3f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
# psql_ms DB SQL: runs SQL once and prints its duration in seconds as psql's \timing reports it.
psql_seconds() {
  psql -d "$1" -Xq -v ON_ERROR_STOP=1 -c '\timing on' -c "$2" | awk '/^Time:/ { printf "%.3f", $2 / 1000 }'
}
json=""
figure() { json="$json${json:+, }\"$1\": $2"; echo "$1 = $2"; }

say "migrating: one server process starts on $DB and stops"
SERVER_ROLE=api start_node 1 && wait_healthy 1 && stop_node 1

say "seeding $EVENTS events ($DUE due, $((BOOKINGS / PER_EVENT)) with $BOOKINGS bookings whose reminders are due)"
REMINDED=$((BOOKINGS / PER_EVENT))
sql "
INSERT INTO users (id, username, email, password_hash, role, created_at)
SELECT ('00000000-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, 'user' || i, 'user' || i || '@example.org',
       '-', CASE WHEN i = 0 THEN 'ADMIN' ELSE 'USER' END, now()
FROM generate_series(0, $BOOKINGS) i;
INSERT INTO service_tokens (id, name, scopes, token_hash, created_at)
VALUES (gen_random_uuid(), 'bench', ARRAY['ops'], encode(sha256('$OPS_TOKEN'::bytea), 'hex'), now());
-- Due: half started an hour ago (they become ongoing), half ended an hour ago (straight to completed).
INSERT INTO events (id, title, starts_at, ends_at, capacity, status, organizer_id, created_at, updated_at)
SELECT gen_random_uuid(), 'Due meetup ' || i, now() - CASE WHEN i % 2 = 0 THEN interval '1 hour' ELSE interval '3 hours' END,
       now() + CASE WHEN i % 2 = 0 THEN interval '1 hour' ELSE interval '-1 hour' END, 50, 'SCHEDULED',
       '00000000-0000-7000-8000-000000000000', now() - interval '30 days', now() - interval '30 days'
FROM generate_series(1, $DUE) i;
-- Starting in half an hour, full: their bookings' reminders are due.
INSERT INTO events (id, title, starts_at, capacity, seats_booked, status, organizer_id, created_at, updated_at)
SELECT ('00000000-0000-7000-9000-' || lpad(to_hex(i), 12, '0'))::uuid, 'Soon meetup ' || i,
       now() + interval '30 minutes', $PER_EVENT, $PER_EVENT, 'SCHEDULED', '00000000-0000-7000-8000-000000000000',
       now() - interval '7 days', now() - interval '7 days'
FROM generate_series(1, $REMINDED) i;
INSERT INTO bookings (id, event_id, user_id, status, created_at)
SELECT gen_random_uuid(), ('00000000-0000-7000-9000-' || lpad(to_hex(1 + (i - 1) / $PER_EVENT), 12, '0'))::uuid,
       ('00000000-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, 'ACTIVE', now() - interval '7 days'
FROM generate_series(1, $BOOKINGS) i;
-- The rest start later, one a minute from tomorrow on.
INSERT INTO events (id, title, starts_at, capacity, status, organizer_id, created_at, updated_at)
SELECT gen_random_uuid(), 'Later meetup ' || i, now() + interval '1 day' + i * interval '1 minute', 50, 'SCHEDULED',
       '00000000-0000-7000-8000-000000000000', now() - interval '1 day', now() - interval '1 day'
FROM generate_series(1, $EVENTS - $DUE - $REMINDED) i;"
psql -d "$DB" -Xq -c "VACUUM ANALYZE" -c CHECKPOINT
say "copying the seeded database for the limits"
createdb -T "$DB" "$LIMIT_DB" || verdict FAIL "cannot copy $DB"

ops() { # ops PATH: POSTs to an operations endpoint of node 1; the answer goes to $WORK/ops.json
  curl -fsS -X POST "http://127.0.0.1:$(port_of 1)$1" -H "authorization: Bearer $OPS_TOKEN" -o "$WORK/ops.json" \
    || verdict FAIL "POST $1 failed: $(cat "$WORK/ops.json" 2>/dev/null)"
}

case " $PARTS " in *" sweep "*|*" reminders "*)
  SERVER_ROLE=api start_node 1 && wait_healthy 1 ;;
esac
case " $PARTS " in *" sweep "*)
  say "sweep: the limit, one UPDATE of the same rows on the copy"
  limit=$(psql_seconds "$LIMIT_DB" "UPDATE events SET status = CASE WHEN coalesce(ends_at, starts_at + interval '2 hours')
    <= now() THEN 'COMPLETED' ELSE 'ONGOING' END, updated_at = now(), version = version + 1
    WHERE status = 'SCHEDULED' AND starts_at <= now()")
  say "sweep: the server"
  started=$(seconds); ops /api/channels/events/update-all-statuses; took=$(elapsed "$started")
  echo "sweep answer: $(cat "$WORK/ops.json")"
  grep -q "\"scheduled_to_ongoing\":$DUE," "$WORK/ops.json" || verdict FAIL "the sweep did not start $DUE events"
  figure sweep_seconds "$took"; figure sweep_limit_seconds "$limit"; figure sweep_ratio "$(ratio "$took" "$limit")"
  psql -d "$DB" -Xq -c CHECKPOINT ;;
esac
# Empties the notifications and the bookings' reminder marks of database $1, as before the first run.
unremind() {
  psql -d "$1" -Xq -v ON_ERROR_STOP=1 -c "DELETE FROM notifications" \
    -c "UPDATE bookings SET reminded_for = NULL WHERE reminded_for IS NOT NULL" \
    -c "VACUUM ANALYZE notifications, bookings" -c CHECKPOINT
}
case " $PARTS " in *" reminders "*)
  # Twice: the first call of a fresh server process also compiles the code it runs (a few CPU seconds of JIT on
  # two cores); the reminder job of a running server (every REMINDER_INTERVAL) is the second call. Both sides are
  # reset in between, and both figures are reported: reminders_* (the job as it runs) and reminders_cold_*.
  for round in cold usual; do
    say "reminders ($round): the limit, INSERT ... SELECT of the same notification rows (inbox and log per booking)"
    limit=$(psql_seconds "$LIMIT_DB" "INSERT INTO notifications (id, user_id, channel, address, kind, subject, body,
        priority, dedupe_key, status, attempts, created_at, next_attempt_at, updated_at, event_id)
      SELECT gen_random_uuid(), b.user_id, c.channel, CASE WHEN c.channel = 'LOG' THEN u.username END, 'EVENT_REMINDER',
        'Reminder: ' || e.title, e.title || ' starts at ' || e.starts_at || '.', 5,
        'reminder:' || e.id || ':' || b.user_id || ':' || c.channel, 'QUEUED', 0, now(), now(), now(), e.id
      FROM bookings b JOIN events e ON e.id = b.event_id JOIN users u ON u.id = b.user_id
      CROSS JOIN (VALUES ('IN_APP'), ('LOG')) c(channel)
      WHERE b.status = 'ACTIVE' AND e.status = 'SCHEDULED' AND e.starts_at > now()
        AND e.starts_at <= now() + interval '1 hour'")
    say "reminders ($round): the server"
    started=$(seconds); ops /api/channels/events/send-reminders; took=$(elapsed "$started")
    echo "reminders answer: $(cat "$WORK/ops.json")"
    grep -q "\"reminders_sent\":$BOOKINGS" "$WORK/ops.json" || verdict FAIL "not $BOOKINGS reminders"
    prefix=reminders; [ "$round" = cold ] && prefix=reminders_cold
    figure "${prefix}_seconds" "$took"; figure "${prefix}_limit_seconds" "$limit"
    figure "${prefix}_ratio" "$(ratio "$took" "$limit")"
    if [ "$round" = cold ]; then unremind "$DB" && unremind "$LIMIT_DB"; fi
  done ;;
esac
case " $PARTS " in *" sweep "*|*" reminders "*) stop_node 1 ;; esac

queued_total() { sql "SELECT count(*) FROM notifications"; }
open_count() { sql "SELECT count(*) FROM notifications WHERE status IN ('QUEUED', 'SENDING')"; }
# Whether any notification is still open, read off the partial indexes of the queue (due and lease). The drain
# polls this every 0.5 s: open_count is a parallel sequential scan of the whole table (250 MB after the requeues,
# 0.4 s on both cores), and polling it took a large share of the CPU from the workers it timed (pgbench ran with no
# poll beside it).
any_open() {
  psql -d "$DB" -XAtq -v ON_ERROR_STOP=1 -c "SET enable_seqscan = off" -c "SELECT EXISTS (SELECT FROM notifications
    WHERE status = 'QUEUED') OR EXISTS (SELECT FROM notifications WHERE status = 'SENDING')"
}
# queue_again CHANNEL ADDRESS: every notification queued again, to CHANNEL (the inbox ones stay in the inbox).
queue_again() {
  sql "UPDATE notifications SET status = 'QUEUED', attempts = 0, sent_at = NULL, next_attempt_at = now(),
         updated_at = now(), last_error = NULL,
         channel = CASE WHEN channel = 'IN_APP' THEN channel ELSE '$1' END,
         address = CASE WHEN channel = 'IN_APP' THEN address ELSE '$2' END"
}
settle() { psql -d "$DB" -Xq -c "VACUUM ANALYZE notifications" -c CHECKPOINT; }
# drain WORKERS SINK CHANNEL ADDRESS: starts WORKERS worker processes and waits until they are healthy, queues every
# notification again to CHANNEL, waits for an empty queue, prints notifications/s from the first to the last send,
# and stops them. The workers are up before the work arrives, as deployed workers are: their start-up (JIT, pool,
# migrations check) is not dispatch and stays out of the figure.
drain() {
  settle
  for n in $(seq 1 "$1"); do SERVER_ROLE=worker start_node "$n"; done
  for n in $(seq 1 "$1"); do wait_healthy "$n"; done
  queue_again "$3" "$4"
  total=$(queued_total)
  deadline=$(($(date +%s) + 600))
  until [ "$(any_open)" = f ] || [ "$(date +%s)" -ge "$deadline" ]; do sleep 0.5; done
  for n in $(seq 1 "$1"); do stop_node "$n"; done
  sent=$(sql "SELECT count(*) FROM notifications WHERE status = 'SENT'")
  [ "$sent" = "$total" ] || verdict FAIL "dispatch to $2 with $1 workers: $sent of $total sent"
  sql "SELECT round(count(*) / extract(epoch FROM max(sent_at) - min(sent_at)))::bigint FROM notifications"
}
case " $PARTS " in *" dispatch "*)
  total=$(queued_total)
  [ "$total" -gt 0 ] || verdict FAIL "nothing to dispatch: run the reminders part first"
  java "$ROOT/bench/drills/Receiver.java" "$RECEIVER_PORT" >"$WORK/receiver.log" 2>&1 &
  STARTED_PIDS="$STARTED_PIDS $!"
  disown $!
  say "dispatch: the limit, pgbench claiming batches of 100 and recording them sent ($total notifications)"
  cat >"$WORK/claim.sql" <<'EOF'
BEGIN;
UPDATE notifications SET status = 'SENDING', attempts = attempts + 1, claimed_by = 'pgbench-' || :client_id,
    claimed_until = now() + interval '1 minute', updated_at = now()
WHERE id = ANY (ARRAY(SELECT id FROM notifications WHERE status = 'QUEUED' AND next_attempt_at <= now()
                      ORDER BY priority DESC, next_attempt_at LIMIT 100 FOR UPDATE SKIP LOCKED));
COMMIT;
UPDATE notifications SET status = 'SENT', sent_at = clock_timestamp(), updated_at = now(), claimed_by = NULL,
    claimed_until = NULL
WHERE status = 'SENDING' AND claimed_by = 'pgbench-' || :client_id;
EOF
  for workers in 1 3; do
    queue_again LOG bench && settle
    started=$(seconds)
    pgbench -n -d "$DB" -f "$WORK/claim.sql" -c "$workers" -j "$workers" -t $(((total / 100 + workers - 1) / workers)) \
      >"$WORK/pgbench-$workers.log" 2>&1 || verdict FAIL "pgbench: $(tail -3 "$WORK/pgbench-$workers.log")"
    took=$(elapsed "$started")
    [ "$(open_count)" = 0 ] || verdict FAIL "pgbench left $(open_count) notifications open"
    figure "dispatch_limit_${workers}_per_s" "$(awk -v n="$total" -v s="$took" 'BEGIN { printf "%.0f", n / s }')"
    # drain runs in a subshell: its failing verdict ends only that, so the answer is checked here.
    rate=$(drain "$workers" log LOG bench) || verdict FAIL "dispatch to the log sink: $rate"
    figure "dispatch_log_${workers}_workers_per_s" "$rate"
    rate=$(drain "$workers" webhook WEBHOOK "http://127.0.0.1:$RECEIVER_PORT/hook") ||
      verdict FAIL "dispatch to the webhook sink: $rate"
    figure "dispatch_webhook_${workers}_workers_per_s" "$rate"
  done ;;
esac

cat >"$RESULTS/lifecycle.json" <<EOF
{"benchmark": "lifecycle", "date": "$(date -u +%FT%TZ)", "commit": "$(git -C "$ROOT" rev-parse --short HEAD)",
 "machine": {"cores": $(nproc), "memory_gib": $(awk '/MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo),
             "postgresql": "$(sql 'SHOW server_version')"},
 "parameters": {"events": $EVENTS, "due": $DUE, "bookings": $BOOKINGS, "parts": "$PARTS"},
 "figures": {$json}}
EOF
dropdb --if-exists "$LIMIT_DB"
verdict PASS "lifecycle figures in bench/results/lifecycle.json"
