#!/usr/bin/env bash
# Run a command with throwaway PostgreSQL and MariaDB servers, then stop and delete them.
#
#   scripts/with-servers.sh CMD [ARGS...]
#
# Exports for CMD:
#   SCHEMAKIT_POSTGRES_URL=postgres://schemakit:schemakit@127.0.0.1:PORT/schemakit
#   SCHEMAKIT_MYSQL_URL=mysql://schemakit:schemakit@127.0.0.1:PORT/schemakit
#   SCHEMAKIT_SERVERS_STARTED=1
#   SCHEMAKIT_TLS_CA=…/ca.crt     (the private CA both servers' certificates come from)
# and exits with CMD's status. Both servers are stopped and their files deleted on every exit
# path (normal, error, Ctrl-C, SIGTERM); only SIGKILL of this script can leave them behind.
#
# SCHEMAKIT_SKIP_SERVERS=1 runs CMD directly, without servers and without exporting the URLs
# (URLs already in the caller's environment pass through untouched, e.g. your own servers).
# If a server fails to start, CMD does not run and the exit status is non-zero: CI must never
# quietly skip the integration tests.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib/servers.sh
. "$here/lib/servers.sh"

[ $# -gt 0 ] || { echo "usage: $0 CMD [ARGS...]" >&2; exit 2; }

if [ "${SCHEMAKIT_SKIP_SERVERS:-0}" = 1 ]; then
    sk_log "SCHEMAKIT_SKIP_SERVERS=1: running without database servers"
    exec "$@"
fi

sk_require_root
"$here/install-deps.sh" all   # no-op when everything is present

base="" child=""
cleanup() {
    local rc=$?
    set +e
    trap '' INT TERM HUP   # a second Ctrl-C must not cut the cleanup short and leak servers
    if [ -n "$base" ]; then
        # Stop both even if one fails; MariaDB first only because its shutdown is the slower one.
        sk_mariadb_stop "$base/mariadb"
        sk_pg_stop "$base/postgres"
        rm -rf "$base"
    fi
    exit "$rc"
}
on_signal() {
    local name=$1 code=$2
    trap '' INT TERM HUP
    sk_log "caught SIG$name, stopping"
    # CMD runs in the background (see below) so we get here at once. Stop CMD and everything it
    # spawned (swift test runs the tests in a child process) before their databases disappear:
    # SIGTERM, not the SIGINT we may have caught, because background jobs of a script start
    # with SIGINT ignored. Only CMD's own process tree is signalled, by pid.
    if [ -n "$child" ] && kill -0 "$child" 2>/dev/null; then
        local tree i
        tree=$(sk_descendants "$child")
        # shellcheck disable=SC2086  # one pid per word
        kill -TERM "$child" $tree 2>/dev/null
        for ((i = 0; i < 100; i++)); do kill -0 "$child" 2>/dev/null || break; sleep 0.1; done
        tree="$tree $(sk_descendants "$child")"
        # shellcheck disable=SC2086
        kill -KILL "$child" $tree 2>/dev/null || true
    fi
    exit "$code"   # runs cleanup via the EXIT trap
}
trap cleanup EXIT
trap 'on_signal INT 130' INT
trap 'on_signal TERM 143' TERM
trap 'on_signal HUP 129' HUP

# Short base path under /tmp (not $TMPDIR, which may be long): MariaDB's socket lives inside it.
base=$(mktemp -d /tmp/sk.XXXXXX)
chmod 755 "$base"   # the postgres and mysql users must reach their subdirectories

started=$(sk_now)
# Both servers speak TLS with a certificate of a private CA (SCHEMAKIT_TLS_CA for the tests).
sk_tls_make "$base/tls"
export SK_TLS_DIR="$base/tls" SCHEMAKIT_TLS_CA="$base/tls/ca.crt"
sk_pg_start "$base/postgres"
export SCHEMAKIT_POSTGRES_URL=$SK_URL
sk_mariadb_start "$base/mariadb"
export SCHEMAKIT_MYSQL_URL=$SK_URL
# Tests about how these servers are set up (not any server a URL may point at) check this.
export SCHEMAKIT_SERVERS_STARTED=1
sk_log "servers ready in $(sk_elapsed "$started")s; running: $*"

# CMD runs as a background job that we `wait` for, because bash defers traps until a foreground
# command finishes: a SIGTERM from a CI timeout would otherwise leave the servers running for as
# long as CMD takes. Background jobs get /dev/null as stdin, so hand CMD our real stdin via fd 3.
if { exec 3<&0; } 2>/dev/null; then
    "$@" <&3 3<&- &
    child=$!
    exec 3<&-
else
    "$@" </dev/null &   # our own stdin was closed
    child=$!
fi
rc=0
wait "$child" || rc=$?
child=""
exit "$rc"
