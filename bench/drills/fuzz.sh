#!/usr/bin/env bash
# Issue 8's bad-input drill: one server process on a fresh database, fuzzed by fuzz.py from the server's own
# OpenAPI document (/swagger/eventboard.yml): every operation gets malformed JSON, wrong types, missing and unknown
# fields, 5 MB bodies, unicode/emoji/NUL, SQL and HTML injection strings, absurd numbers, and user A's ids used by
# user B. Verdict: zero 5xx, every request answered within 10 s, zero answers to B (or to nobody) carrying A's
# email, tokens, calendar secret or the ids of A's booking and notifications, and A's event, booking, inbox and feed unchanged.
# Needs: bootstrap/target/eventboard.jar, java, curl, python3, psql/createdb/dropdb (PGHOST...).
# Drops and creates the database DB_PREFIX_fuzz.
set -u
. "$(dirname "$0")/lib.sh"

need java curl python3 psql createdb dropdb
fresh_database fuzz
export JWT_SECRET=drill-secret-that-is-long-enough-for-hs256 SERVER_ROLE=all RATE_LIMIT_AUTH_PER_MINUTE=0 \
  RATE_LIMIT_OPS_PER_MINUTE=0 OPS_ALLOW_ADMIN=true ADMIN_USERNAME=fuzzadmin ADMIN_EMAIL=fuzzadmin@example.org \
  ADMIN_PASSWORD=fuzz-admin-password ACCESS_TOKEN_LIFETIME=PT2H
start_node 1 && wait_healthy 1
say "fuzzing http://127.0.0.1:$(port_of 1) from its OpenAPI document"
began=$(date +%s)
python3 "$(dirname "$0")/fuzz.py" "http://127.0.0.1:$(port_of 1)" fuzzadmin fuzz-admin-password | tee "$WORK/fuzz.out"
echo "took $(($(date +%s) - began)) s; server log lines at ERROR: $(grep -c ' ERROR ' "$WORK/node1.log")"
result=$(grep '^RESULT: ' "$WORK/fuzz.out" | tail -1)
[ -n "$result" ] || verdict FAIL "fuzz.py ended without a result: $(tail -3 "$WORK/fuzz.out")"
result=${result#RESULT: }
verdict "${result%% *}" "${result#* }"
