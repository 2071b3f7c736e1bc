#!/bin/sh
# Status sweep on a backlog: 100,000 due events among 400,000 not due, batches of 10,000 (see RESULTS.md).
# Needs PostgreSQL: DATASOURCE_URL / DATASOURCE_USERNAME / DATASOURCE_PASSWORD as for the tests.
# Usage: bench/lifecycle/run.sh [extra maven args, e.g. -Dbench.due=200000]
set -e
cd "$(dirname "$0")/../.."
./mvnw -B -o -pl bootstrap -am verify -Djacoco.skip=true -DexcludedGroups=none -Dgroups=bench \
  -Dtest='StatusSweepBench' -Dsurefire.failIfNoSpecifiedTests=false "$@" 2>&1 | grep -E 'BENCH|Tests run:|BUILD|ERROR'
