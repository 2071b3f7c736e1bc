#!/usr/bin/env bash
# Benchmark 2, browse (bench/RESULTS.md): CLIENTS concurrent clients list events (GET /api/events) with the mix
# of filters and sorts in bench/browse/paths.txt, on a board of EVENTS events (bench/listing/seed-1m-events.sql).
# Limit: the SQL the server ran for each of those paths (logged with log_statement = all, one request at a time)
# as one pgbench script per path, run by pgbench with as many clients; ratio = HTTP req/s / pgbench tps (goal
# >= 0.3), with the clients sending as fast as answers come (saturated). Latency (goal p95 < 15 ms) is measured
# with the clients paced at the goal's throughput, 0.3 times the limit (RATE), and at half the saturated
# throughput (BUSY_RATE). Every run has WARMUP seconds unmeasured, then DURATION seconds measured.
#
#   bench/browse/run.sh                                         # the issue's figures
#   EVENTS=2000 CLIENTS=20 WARMUP=3 DURATION=10 bench/browse/run.sh   # a smoke run
#   SKIP_SEED=1 bench/browse/run.sh                             # again, on the database seeded before
#
# Writes bench/results/browse.json (and browse-hotspots.txt with PROFILE=1). Needs read access to PostgreSQL's
# log (PG_LOG, default /var/log/postgresql/postgresql-<version>-main.log). Settings: see bench/common.sh; DB
# (eb_bench_browse), PG_JOBS (pgbench threads, 2).
set -uo pipefail
. "$(dirname "$0")/../common.sh"

EVENTS="${EVENTS:-1000000}"
CLIENTS="${CLIENTS:-100}"
WARMUP="${WARMUP:-30}"
DURATION="${DURATION:-60}"
PG_JOBS="${PG_JOBS:-2}"
PATHS="$ROOT/bench/browse/paths.txt"

need jcmd jfr
build
seeded_database "${DB:-eb_bench_browse}"
start_server
wait_healthy >/dev/null

# Every path once with statement logging on this database, each followed by a marker the converter splits on.
PG_LOG="${PG_LOG:-$(ls /var/log/postgresql/postgresql-*-main.log 2>/dev/null | head -1)}"
[ -r "$PG_LOG" ] || die "cannot read PostgreSQL's log ($PG_LOG): set PG_LOG"
# Ends the server's connections so that they reconnect with the database's new settings. Each ended connection
# fails the request that next takes it from the pool (a 503, as in an outage), so requests are sent until the
# pool has replaced them all.
reconnect_pool() {
  sql "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database()
       AND pid <> pg_backend_pid()" >/dev/null
  for _ in $(seq 1 $((${POOL_SIZE:-10} + 5))); do curl -s -o /dev/null "$BASE_URL/api/events?size=1"; done
}
say "capturing the SQL of $(grep -c '^/' "$PATHS") paths"
sql "ALTER DATABASE $DB SET log_statement = 'all'" && reconnect_pool
log_from=$(($(wc -l <"$PG_LOG") + 1))
n=0
while read -r path; do
  n=$((n + 1))
  curl -fsS -o /dev/null "$BASE_URL$path" || die "GET $path failed"
  sql "SELECT 'bench-marker-$n'" >/dev/null
done < <(grep '^/' "$PATHS")
sql "ALTER DATABASE $DB RESET log_statement" && reconnect_pool
sleep 1
tail -n +"$log_from" "$PG_LOG" >"$WORK/statements.log"
loadgen pgbench-scripts --log "$WORK/statements.log" --database "$DB" --out "$WORK/scripts" >&2 ||
  die "cannot turn the log into pgbench scripts"
[ "$(ls "$WORK/scripts" | wc -l)" = "$(grep -c '^/' "$PATHS")" ] || die "not one script per path in $WORK/scripts"

pg_clients=$(pgbench_clients "$CLIENTS")
scripts=()
for script in "$WORK"/scripts/*.sql; do scripts+=(-f "$script"); done
say "limit: pgbench, $pg_clients clients, $WARMUP s warm-up, $DURATION s"
pgbench_tps -M simple -c "$pg_clients" -j "$PG_JOBS" -T "$WARMUP" "${scripts[@]}" >/dev/null
tps=$(pgbench_tps -M simple -c "$pg_clients" -j "$PG_JOBS" -T "$DURATION" "${scripts[@]}")

say "HTTP, saturated: $CLIENTS clients, each sending as soon as its answer is in, $WARMUP s warm-up, $DURATION s"
profile_start
rss_sampling_start browse
loadgen browse --url "$BASE_URL" --paths "$PATHS" --clients "$CLIENTS" --warmup "$WARMUP" --duration "$DURATION" \
  --json "$WORK/browse.json" || die "the load generator failed"
rss=$(rss_sampling_stop browse)
profile_stop browse
# Latency under a load the board has to carry, not at saturation (where a closed loop's latency is only the queue
# in front of the slowest part: clients / throughput): at the issue's throughput goal, 0.3 times the limit (RATE),
# and at half the saturated throughput (BUSY_RATE), each sent on a fixed schedule and timed from when each request
# was due, so a slow answer also counts against the requests waiting behind it.
saturated=$(jq -r .requests_per_s "$WORK/browse.json")
RATE="${RATE:-$(awk -v tps="$tps" 'BEGIN { r = 0.3 * tps; printf "%d", (r == int(r)) ? r : int(r) + 1 }')}"
BUSY_RATE="${BUSY_RATE:-$(awk -v s="$saturated" 'BEGIN { printf "%d", s / 2 }')}"
for paced in goal:"$RATE" busy:"$BUSY_RATE"; do
  say "HTTP, paced: $CLIENTS clients sending ${paced#*:} requests/s in all, $WARMUP s warm-up, $DURATION s"
  loadgen browse --url "$BASE_URL" --paths "$PATHS" --clients "$CLIENTS" --rate "${paced#*:}" --warmup "$WARMUP" \
    --duration "$DURATION" --json "$WORK/paced-${paced%%:*}.json" || die "the load generator failed"
done
stop_server

http=$(cat "$WORK/browse.json")
paced=$(cat "$WORK/paced-goal.json")
busy=$(cat "$WORK/paced-busy.json")
figures=$(jq --argjson tps "$tps" --argjson pg_clients "$pg_clients" --argjson rss "$rss" --argjson rate "$RATE" \
  --argjson paced "$paced" --argjson busy "$busy" --argjson busy_rate "$BUSY_RATE" \
  '. + {limit: {pgbench_tps: $tps, pgbench_clients: $pg_clients}, ratio: (.requests_per_s / $tps),
        paced: ($paced + {offered_per_s: $rate}), paced_busy: ($busy + {offered_per_s: $busy_rate}),
        server_rss_kb: $rss,
        goals: {paced_p95_under_15_ms: ($paced.latency_ms.p95 < 15), saturated_p95_under_15_ms: (.latency_ms.p95 < 15),
                paced_rate_at_least_0_3_of_limit: ($paced.requests_per_s / $tps >= 0.3),
                ratio_at_least_0_3: (.requests_per_s / $tps >= 0.3)}}' \
  <<<"$http")
params=$(jq -n --argjson events "$EVENTS" --argjson clients "$CLIENTS" --argjson warmup_s "$WARMUP" \
  --argjson duration_s "$DURATION" --arg paths "bench/browse/paths.txt" --arg server_java_opts "${SERVER_JAVA_OPTS:-}" \
  --arg pool_size "${POOL_SIZE:-10}" --arg role "${SERVER_ROLE:-api}" --arg pg_jobs "$PG_JOBS" '$ARGS.named')
write_result browse "$params" "$figures"
say "saturated: req/s $(jq -r '.requests_per_s | floor' <<<"$figures"), p95 $(jq -r .latency_ms.p95 <<<"$figures") ms," \
  "pgbench tps $tps, ratio $(jq -r '.ratio * 100 | round / 100' <<<"$figures") (goal: ratio >= 0.3)"
say "paced at $RATE/s: req/s $(jq -r '.requests_per_s | floor' <<<"$paced"), p95 $(jq -r .latency_ms.p95 <<<"$paced") ms," \
  "p99 $(jq -r .latency_ms.p99 <<<"$paced") ms (goal: p95 < 15 ms)"
say "paced at $BUSY_RATE/s: req/s $(jq -r '.requests_per_s | floor' <<<"$busy"), p95 $(jq -r .latency_ms.p95 <<<"$busy") ms," \
  "p99 $(jq -r .latency_ms.p99 <<<"$busy") ms"
for run in "$http" "$paced" "$busy"; do
  others=$(jq '[.answers | to_entries[] | select(.key != "200") | .value] | add // 0' <<<"$run")
  [ "$others" = 0 ] || die "$others answers were not 200: $(jq -c .answers <<<"$run")"
done
say "done"
