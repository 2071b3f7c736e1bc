#!/usr/bin/env bash
# Benchmark 4, footprint (bench/RESULTS.md): how fast the server starts and how much memory it holds.
#   start:        process start to the first healthy GET /health, on an empty database (Flyway migrates it)
#                 and STARTS times on the migrated board of EVENTS events (the median is reported)
#   idle RSS:     VmRSS of the server after WARMUP seconds of the browse load and IDLE seconds of rest
#   loaded RSS:   VmRSS sampled every second during DURATION seconds of the browse load (CLIENTS clients,
#                 bench/browse/paths.txt): the largest and the last
#
#   bench/footprint/run.sh                                                  # the issue's figures
#   EVENTS=2000 CLIENTS=20 STARTS=2 WARMUP=3 IDLE=3 DURATION=5 bench/footprint/run.sh   # a smoke run
#   DB=eb_bench_browse SKIP_SEED=1 bench/footprint/run.sh                   # on the board bench/browse seeded
#
# Writes bench/results/footprint.json. Settings: see bench/common.sh (SERVER_JAVA_OPTS matters most here);
# DB (eb_bench_footprint; the empty-database start uses <DB>_empty).
set -uo pipefail
. "$(dirname "$0")/../common.sh"

EVENTS="${EVENTS:-1000000}"
CLIENTS="${CLIENTS:-100}"
STARTS="${STARTS:-5}"
WARMUP="${WARMUP:-30}"
IDLE="${IDLE:-30}"
DURATION="${DURATION:-60}"
BOARD="${DB:-eb_bench_footprint}"

need
build

fresh_database "${BOARD}_empty"
say "start on an empty database"
start_server
empty_ms=$(wait_healthy) || exit 1
stop_server
dropdb "${BOARD}_empty"

seeded_database "$BOARD"
starts_ms=()
for i in $(seq "$STARTS"); do
  start_server
  started_ms=$(wait_healthy) || exit 1
  starts_ms+=("$started_ms")
  say "start $i on the migrated board: ${starts_ms[-1]} ms"
  [ "$i" = "$STARTS" ] || stop_server
done
started_rss=$(rss_kb)

say "browse load for $WARMUP s, then $IDLE s of rest"
loadgen browse --url "$BASE_URL" --paths "$ROOT/bench/browse/paths.txt" --clients "$CLIENTS" --warmup 0 \
  --duration "$WARMUP" --json "$WORK/warmup.json" >/dev/null || die "the load generator failed"
sleep "$IDLE"
idle_rss=$(rss_kb)

say "browse load for $DURATION s, RSS sampled every second"
rss_sampling_start loaded
loadgen browse --url "$BASE_URL" --paths "$ROOT/bench/browse/paths.txt" --clients "$CLIENTS" --warmup 0 \
  --duration "$DURATION" --json "$WORK/loaded.json" || die "the load generator failed"
loaded_rss=$(rss_sampling_stop loaded)
stop_server

starts_json=$(printf '%s\n' "${starts_ms[@]}" | jq -s .)
figures=$(jq -n --argjson empty_ms "$empty_ms" --argjson starts "$starts_json" --argjson started "$started_rss" \
  --argjson idle "$idle_rss" --argjson loaded "$loaded_rss" --argjson load "$(cat "$WORK/loaded.json")" \
  '{start_ms: {empty_database: $empty_ms, migrated_board: $starts,
               migrated_board_median: ($starts | sort | .[(length - 1) / 2 | floor])},
    rss_kb: {after_start: $started, idle_after_warmup: $idle, under_browse_load: $loaded},
    browse_load: {requests_per_s: $load.requests_per_s, latency_ms: $load.latency_ms, answers: $load.answers}}')
params=$(jq -n --argjson events "$EVENTS" --argjson clients "$CLIENTS" --argjson starts "$STARTS" \
  --argjson warmup_s "$WARMUP" --argjson idle_s "$IDLE" --argjson duration_s "$DURATION" \
  --arg server_java_opts "${SERVER_JAVA_OPTS:-}" --arg pool_size "${POOL_SIZE:-10}" --arg role "${SERVER_ROLE:-api}" \
  '$ARGS.named')
write_result footprint "$params" "$figures"
say "start $(jq .start_ms.migrated_board_median <<<"$figures") ms (empty database $empty_ms ms)," \
  "idle RSS $((idle_rss / 1024)) MB, under load up to $(($(jq .max <<<"$loaded_rss") / 1024)) MB"
