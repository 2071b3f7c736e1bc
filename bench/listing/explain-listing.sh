#!/usr/bin/env bash
# Listing benchmark: migrates and seeds one million events into an EMPTY database, then runs every generated
# listing query under EXPLAIN (ANALYZE, BUFFERS) and prints, per query, the execution time and the indexes used.
#
#   bench/listing/explain-listing.sh -h 127.0.0.1 -U postgres -d eventboard_bench
#   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/eventboard_bench bench/listing/explain-listing.sh
#
# Arguments are passed to psql as they are (a connection URI works too). Environment:
#   SKIP_SEED=1     the database is seeded already: only run the queries
#   OUT=<dir>       where the raw plans and the summary go (default: bench/listing/out)
# The queries come from bench/listing/queries/*.sql, generated from the adapters' SQL builders (see README.md).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
migrations="$repo/adapters-persistence/src/main/resources/db/migration"
out="${OUT:-$here/out}"
mkdir -p "$out"

if [ "$#" -gt 0 ]; then
    connection=("$@")
elif [ -n "${DATABASE_URL:-}" ]; then
    connection=("$DATABASE_URL")
else
    echo "usage: $0 <psql connection arguments>   (or set DATABASE_URL)" >&2
    exit 2
fi

run_psql() {
    psql -X -q -v ON_ERROR_STOP=1 "${connection[@]}" "$@"
}

if [ "${SKIP_SEED:-0}" != 1 ]; then
    if [ "$(run_psql -At -c "SELECT to_regclass('events') IS NOT NULL")" = t ]; then
        echo "the database has an events table already: use an empty database, or SKIP_SEED=1" >&2
        exit 1
    fi
    echo "== migrating"
    # Flyway's order: by version number, not by file name (V10 after V9).
    for script in $(ls "$migrations" | sort -t_ -k1.2n); do
        run_psql -f "$migrations/$script" > /dev/null
    done
    echo "== seeding (takes a few minutes)"
    start=$(date +%s)
    run_psql -f "$here/seed-1m-events.sql"
    echo "seeded in $(( $(date +%s) - start )) s"
fi

echo "== running queries"
: > "$out/plans.txt"
for file in "$here"/queries/*.sql; do
    run_psql -f "$file" >> "$out/plans.txt"
done

# One line per query: label | execution ms | planning ms | Seq Scan on events? | indexes used.
awk '
    function flush() {
        if (label == "") return
        printf "%s | %s | %s | %s | %s\n", label, exec_ms, plan_ms, (seq ? "SEQ SCAN" : "no"), (idx == "" ? "-" : idx)
    }
    /^### / { flush(); label = substr($0, 5); exec_ms = "?"; plan_ms = "?"; seq = 0; idx = ""; delete seen; next }
    /Seq Scan on events / { seq = 1 }
    {
        if (match($0, /(Index Scan|Index Only Scan|Bitmap Index Scan)( Backward)? (using|on) [a-z_0-9]+/)) {
            n = split(substr($0, RSTART, RLENGTH), words, " ")
            name = words[n]
            if (!(name in seen)) { seen[name] = 1; idx = (idx == "" ? name : idx ", " name) }
        }
    }
    /Execution Time:/ { exec_ms = $3 }
    /Planning Time:/ { plan_ms = $3 }
    END { flush() }
' "$out/plans.txt" > "$out/summary.txt"

echo "== summary (label | execution ms | planning ms | seq scan on events | indexes) -> $out/summary.txt"
cat "$out/summary.txt"
echo "== slowest"
awk -F' [|] ' '{ print $4 "\t" $0 }' "$out/summary.txt" | sort -g -r | head -15 | cut -f2-
