# Shared parts of the benchmarks rush, browse and footprint (sourced, not run): the builds, a scratch database,
# the server process of the runnable jar, pgbench's connection budget, the load generator, JFR and the result
# file. Every process a benchmark starts is ended by its pid on exit.
# Settings: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), BENCH_PORT (HTTP port of the server, 39181),
# SERVER_JAVA_OPTS (JVM options of the server, default none: java -jar as README says), POOL_SIZE (the server's
# DATASOURCE_POOL_SIZE, default its own 10), SERVER_ROLE (api: HTTP only, no background jobs competing with the
# load), PROFILE=1 (JFR recording of the load, hot methods in bench/results/<name>-hotspots.txt),
# MVN_FLAGS (extra flags of the build when a jar is missing, e.g. -o).

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR="$ROOT/bootstrap/target/eventboard.jar"
LOADGEN="$ROOT/bench/target/eventboard-bench.jar"
RESULTS="$ROOT/bench/results"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
BENCH_PORT="${BENCH_PORT:-39181}"
BASE_URL="http://127.0.0.1:$BENCH_PORT"
# The server's signing secret; the rush mints its users' access tokens with it.
BENCH_JWT_SECRET="eventboard-bench-secret-not-for-production-0123456789"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/eventboard-bench.XXXXXX")
SERVER_PID=""
LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)

say() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { say "FAILED: $*"; echo "logs: $WORK" >&2; exit 1; }

need() {
  for tool in java jq psql pgbench curl "$@"; do
    command -v "$tool" >/dev/null || die "$tool is not installed"
  done
}

# Builds the server jar and the load generator when either is missing (package, never install).
build() {
  if [ ! -f "$JAR" ] || [ ! -f "$LOADGEN" ]; then
    say "building the jars"
    (cd "$ROOT" && ./mvnw -B -q -DskipTests ${MVN_FLAGS:-} package) || die "the build failed"
  fi
}

# Drops and creates database $1 (a scratch database of the benchmarks).
fresh_database() {
  DB="$1"
  dropdb --if-exists "$DB" && createdb "$DB" || die "cannot create database $DB on $PGHOST:$PGPORT"
}

sql() { psql -d "$DB" -XAtq -v ON_ERROR_STOP=1 -c "$1"; }

# Starts the server on $DB; with PROFILE=1 a JFR recording can be taken of it (profile_start/profile_stop).
start_server() {
  if curl -fs -o /dev/null "$BASE_URL/health"; then
    die "port $BENCH_PORT is taken by another server: set BENCH_PORT"
  fi
  SERVER_STARTED_NS=$(date +%s%N)
  # shellcheck disable=SC2086 # SERVER_JAVA_OPTS holds several options
  DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DATASOURCE_USERNAME="$PGUSER" PORT="$BENCH_PORT" \
    DATASOURCE_POOL_SIZE="${POOL_SIZE:-10}" SERVER_ROLE="${SERVER_ROLE:-api}" JWT_SECRET="$BENCH_JWT_SECRET" \
    RATE_LIMIT_AUTH_PER_MINUTE=0 RATE_LIMIT_OPS_PER_MINUTE=0 LOG_LEVEL=WARN \
    java ${SERVER_JAVA_OPTS:-} -jar "$JAR" >>"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
}

# Waits until the server answers /health (at most 180 s) and prints the milliseconds since start_server.
wait_healthy() {
  until curl -fs -o /dev/null "$BASE_URL/health"; do
    kill -0 "$SERVER_PID" 2>/dev/null || die "the server exited at start: $(tail -3 "$WORK/server.log")"
    [ $(($(date +%s%N) - SERVER_STARTED_NS)) -lt 180000000000 ] || die "the server is not healthy after 180 s"
    sleep 0.05
  done
  echo $((($(date +%s%N) - SERVER_STARTED_NS) / 1000000))
}

stop_server() {
  [ -n "$SERVER_PID" ] || return 0
  kill "$SERVER_PID" 2>/dev/null
  while kill -0 "$SERVER_PID" 2>/dev/null; do sleep 0.1; done
  SERVER_PID=""
}

# A fresh database $1 holding EVENTS events of bench/listing/seed-1m-events.sql (the server migrates it first);
# with SKIP_SEED=1 the database is taken as it is (seeded by an earlier run). The server is stopped afterwards.
seeded_database() {
  DB="$1"
  if [ "${SKIP_SEED:-0}" = 1 ]; then
    say "using $DB as it is (SKIP_SEED=1)"
    # in case a browse run stopped while it logged every statement
    sql "ALTER DATABASE $DB RESET log_statement" || die "cannot use database $DB"
    return 0
  fi
  fresh_database "$1"
  start_server
  wait_healthy >/dev/null
  stop_server
  say "seeding $EVENTS events (a few minutes for a million)"
  seeding_started=$(date +%s)
  psql -d "$DB" -Xq -v ON_ERROR_STOP=1 -v events="$EVENTS" -f "$ROOT/bench/listing/seed-1m-events.sql" >&2 ||
    die "seeding failed"
  say "seeded in $(($(date +%s) - seeding_started)) s"
}

# The server's resident set in kB.
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$SERVER_PID/status"; }

# Samples the server's resident set every second into $WORK/rss-$1.txt until rss_sampling_stop.
rss_sampling_start() {
  (while kill -0 "$SERVER_PID" 2>/dev/null; do rss_kb; sleep 1; done) >"$WORK/rss-$1.txt" &
  RSS_SAMPLER=$!
}

# Stops the sampling of rss_sampling_start $1 and prints {"max": kB, "last": kB}.
rss_sampling_stop() {
  kill "$RSS_SAMPLER" 2>/dev/null
  wait "$RSS_SAMPLER" 2>/dev/null
  jq -s '{max: max, last: last}' "$WORK/rss-$1.txt"
}

# The clients pgbench may open: $1 as asked, or fewer when PostgreSQL's max_connections leaves less room
# (connections already open, the superuser reserve and a margin of 5 deducted); says so when it cuts.
pgbench_clients() {
  free=$(psql -d "$DB" -XAtq -c "SELECT current_setting('max_connections')::int
      - current_setting('superuser_reserved_connections')::int - (SELECT count(*) FROM pg_stat_activity) - 5")
  if [ "$free" -lt "$1" ]; then
    say "WARNING: max_connections leaves room for $free pgbench clients, not $1: pgbench runs with $free"
    echo "$free"
  else
    echo "$1"
  fi
}

# Runs pgbench with the given arguments on $DB and prints its tps (without the time to connect).
pgbench_tps() {
  pgbench -n "$@" "$DB" >"$WORK/pgbench.out" 2>&1 || die "pgbench failed: $(tail -5 "$WORK/pgbench.out")"
  ! grep -q 'number of failed transactions: [1-9]' "$WORK/pgbench.out" ||
    die "pgbench had failed transactions: $(cat "$WORK/pgbench.out")"
  cat "$WORK/pgbench.out" >&2
  awk '/^tps = / && /without initial connection time/ { print $3 }' "$WORK/pgbench.out"
}

loadgen() { java -Xmx1g -jar "$LOADGEN" "$@"; }

# With PROFILE=1: starts a JFR recording (profile settings) of the server; profile_stop $1 writes the hot methods
# to bench/results/$1-hotspots.txt.
profile_start() {
  [ "${PROFILE:-0}" = 1 ] || return 0
  jcmd "$SERVER_PID" JFR.start name=bench settings=profile >/dev/null || die "cannot start JFR"
}

profile_stop() {
  [ "${PROFILE:-0}" = 1 ] || return 0
  jcmd "$SERVER_PID" JFR.stop name=bench filename="$WORK/$1.jfr" >/dev/null || die "cannot stop JFR"
  jfr print --events jdk.ExecutionSample,jdk.NativeMethodSample --stack-depth 64 "$WORK/$1.jfr" >"$WORK/$1-samples.txt"
  mkdir -p "$RESULTS"
  loadgen hotspots --jfr-print "$WORK/$1-samples.txt" --top 15 >"$RESULTS/$1-hotspots.txt"
  say "hot methods: $RESULTS/$1-hotspots.txt (recording: $WORK/$1.jfr)"
  head -20 "$RESULTS/$1-hotspots.txt" >&2
}

# Writes bench/results/$1.json: the machine, the date, the commit, the parameters (JSON $2) and the figures
# (JSON $3), and prints it.
write_result() {
  mkdir -p "$RESULTS"
  jq -n --arg name "$1" --argjson parameters "$2" --argjson figures "$3" \
    --arg date "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
    --arg commit "$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD || echo '+changes')" \
    --arg cpus "$(nproc)" --arg cpu "$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)" \
    --arg memory_kb "$(awk '/^MemTotal:/ { print $2 }' /proc/meminfo)" \
    --arg postgres "$(psql -d "$DB" -XAtq -c 'SHOW server_version')" --arg java "$(java -version 2>&1 | head -1)" \
    --arg load "$LOAD_AT_START" \
    '{name: $name, date: $date, commit: $commit,
      machine: {cpus: ($cpus | tonumber), cpu: $cpu, memory_mb: (($memory_kb | tonumber) / 1024 | floor),
                postgres: $postgres, java: $java, load_average_at_start: $load},
      parameters: $parameters, figures: $figures}' >"$RESULTS/$1.json" || die "cannot write $RESULTS/$1.json"
  say "figures: $RESULTS/$1.json"
  cat "$RESULTS/$1.json"
}

cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null
  return 0
}
trap cleanup EXIT
