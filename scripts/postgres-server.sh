#!/usr/bin/env bash
# Start or stop one throwaway PostgreSQL cluster (for scripts and benchmarks that manage their
# own lifetime; scripts/with-servers.sh is the everyday wrapper around a command).
#
#   scripts/postgres-server.sh start DIR   # DIR must be new; prints the URL on stdout
#   scripts/postgres-server.sh stop DIR    # stops the server and deletes DIR (no-op if DIR is gone)
#   scripts/postgres-server.sh url DIR     # prints the URL again
#
# The URL (postgres://schemakit:schemakit@127.0.0.1:PORT/schemakit) is also kept in DIR/url.
# SCHEMAKIT_PG_PORT pins the port (default: a free one); SCHEMAKIT_SERVER_TIMEOUT (seconds, 60).
# If start fails, DIR is left for inspection: run stop DIR to shut down whatever did start.
set -euo pipefail
# shellcheck source=lib/servers.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/servers.sh"

usage() { echo "usage: $0 start|stop|url DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
dir=$(realpath -m -- "$2")   # absolute: the socket path and the server's cwd must not depend on ours
case $1 in
    start) sk_pg_start "$dir"; printf '%s\n' "$SK_URL" ;;
    stop) sk_pg_stop "$dir" ;;
    url) cat "$dir/url" ;;
    *) usage ;;
esac
