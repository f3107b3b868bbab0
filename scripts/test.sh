#!/usr/bin/env bash
# THE test command (README and .ci/run): installs what is missing, starts throwaway PostgreSQL
# and MariaDB servers, runs the whole test suite against them, stops them, and exits with
# `swift test`'s status.
#
#   scripts/test.sh                      # everything, as CI runs it
#   scripts/test.sh --filter Naming      # extra arguments go to `swift test`
#   SCHEMAKIT_SKIP_SERVERS=1 scripts/test.sh   # quick local run: no servers, integration tests skip
#
# Without arguments it then runs scripts/docs.sh (the DocC documentation, warnings as errors, and
# every public declaration documented); SCHEMAKIT_SKIP_DOCS=1 leaves that out.
#
# --disable-xctest: the tests use Swift Testing only; without it XCTest first prints
# "Executed 0 tests", which is easy to mistake for the summary (ci-recipes §4).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."   # swift test must run from the package root

if [ "${SCHEMAKIT_SKIP_SERVERS:-0}" = 1 ]; then
    # The build still needs libmariadb-dev + pkg-config (the CMariaDB system-library target).
    scripts/install-deps.sh build
else
    scripts/install-deps.sh all
fi
scripts/with-servers.sh swift test --disable-xctest "$@"
# The whole run (as CI runs it) also builds the documentation and checks it has no gap.
if [ $# -eq 0 ] && [ "${SCHEMAKIT_SKIP_DOCS:-0}" != 1 ]; then
    scripts/docs.sh
fi
