#!/bin/sh
# Dispatch throughput benchmark: 10,000 LOG notifications, 1 and 3 dispatchers (see RESULTS.md).
# Needs PostgreSQL: DATASOURCE_URL / DATASOURCE_USERNAME / DATASOURCE_PASSWORD as for the tests.
# Usage: bench/dispatch/run.sh [extra maven args, e.g. -Dbench.batch=200]
set -e
cd "$(dirname "$0")/../.."
./mvnw -B -o -pl bootstrap -am verify -Djacoco.skip=true -DexcludedGroups=none -Dgroups=bench \
  -Dtest='DispatchThroughputBench' -Dsurefire.failIfNoSpecifiedTests=false "$@" 2>&1 | grep -E 'BENCH|Tests run:|BUILD|ERROR'
