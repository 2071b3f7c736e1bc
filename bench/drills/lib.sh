# Shared parts of the drills (sourced, not run): a fresh database, server processes of the runnable jar,
# psql, and the verdict line. Every process a drill starts is recorded and ended by its pid on exit.
# Settings: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), BASE_PORT (first HTTP port, 28481), DB_PREFIX
# (eb_drill: each drill drops and creates DB_PREFIX_<drill>; give parallel runs on one PostgreSQL their own),
# START_TIMEOUT (120 s for a server to answer /health; a machine busy with other work may need more).

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR="$ROOT/bootstrap/target/eventboard.jar"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
BASE_PORT="${BASE_PORT:-28481}"
DB_PREFIX="${DB_PREFIX:-eb_drill}"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/eventboard-drill.XXXXXX")
STARTED_PIDS=""

say() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }

# The one-line verdict every drill ends with; exits 0 for PASS, 1 for FAIL.
verdict() {
  echo "logs: $WORK"
  echo "VERDICT: $*"
  case "$1" in PASS) exit 0 ;; *) exit 1 ;; esac
}

need() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null || verdict FAIL "$tool is not installed"
  done
  [ -f "$JAR" ] || verdict FAIL "no $JAR: build it with ./mvnw -B -o -q -DskipTests -Djacoco.skip=true package"
  # The processes run a copy: a build during the drill rewrites the jar under them.
  cp "$JAR" "$WORK/eventboard.jar" && JAR="$WORK/eventboard.jar"
}

# Drops and creates database DB_PREFIX_$1 and points DATASOURCE_URL at it.
fresh_database() {
  DB="${DB_PREFIX}_$1"
  dropdb --if-exists "$DB" && createdb "$DB" || verdict FAIL "cannot create database $DB on $PGHOST:$PGPORT"
  export DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DATASOURCE_USERNAME="$PGUSER"
}

# One statement (or several, separated by ;), unaligned, tuples only.
sql() { psql -d "$DB" -XAtq -v ON_ERROR_STOP=1 -c "$1"; }

port_of() { echo $((BASE_PORT + $1 - 1)); }

# Starts server process $1 (1, 2, 3 ...) on its own port; its log goes to $WORK/node$1.log (appended on restart).
start_node() {
  port=$(port_of "$1")
  if curl -fs -o /dev/null "http://127.0.0.1:$port/health"; then
    verdict FAIL "port $port is taken by another server: set BASE_PORT"
  fi
  PORT=$port java -Xmx384m -XX:+UseSerialGC -jar "$JAR" >>"$WORK/node$1.log" 2>&1 &
  echo $! >"$WORK/node$1.pid"
  STARTED_PIDS="$STARTED_PIDS $!"
  disown $! # a node killed on purpose is no news
}

# Waits until server process $1 answers /health (at most $2 seconds, default START_TIMEOUT or 120).
wait_healthy() {
  port=$(port_of "$1")
  deadline=$(($(date +%s) + ${2:-${START_TIMEOUT:-120}}))
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health"; do
    kill -0 "$(cat "$WORK/node$1.pid")" 2>/dev/null || verdict FAIL "node $1 exited at start: $(tail -3 "$WORK/node$1.log")"
    [ "$(date +%s)" -lt "$deadline" ] || verdict FAIL "node $1 not healthy after ${2:-${START_TIMEOUT:-120}} s"
    sleep 0.5
  done
}

kill_node() {
  kill -9 "$(cat "$WORK/node$1.pid")"
}

# Stops server process $1 the way a deploy does (SIGTERM) and waits until it has exited.
stop_node() {
  pid=$(cat "$WORK/node$1.pid")
  kill "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
}

# Ends what this drill started, by pid, on any exit.
cleanup() {
  for pid in $STARTED_PIDS; do
    kill "$pid" 2>/dev/null
  done
}
trap cleanup EXIT
