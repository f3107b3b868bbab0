#!/usr/bin/env bash
# Start or stop one throwaway MariaDB server (for scripts and benchmarks that manage their own
# lifetime; scripts/with-servers.sh is the everyday wrapper around a command).
#
#   scripts/mariadb-server.sh start DIR   # DIR must be new; prints the URL on stdout
#   scripts/mariadb-server.sh stop DIR    # stops the server and deletes DIR (no-op if DIR is gone)
#   scripts/mariadb-server.sh url DIR     # prints the URL again
#
# The URL (mysql://schemakit:schemakit@127.0.0.1:PORT/schemakit) is also kept in DIR/url.
# Keep DIR short (e.g. under /tmp): it holds the server's unix socket, and socket paths are
# limited to 107 bytes. SCHEMAKIT_MYSQL_PORT pins the port; SCHEMAKIT_SERVER_TIMEOUT (seconds, 60).
# If start fails, DIR is left for inspection: run stop DIR to shut down whatever did start.
set -euo pipefail
# shellcheck source=lib/servers.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/servers.sh"

usage() { echo "usage: $0 start|stop|url DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
dir=$(realpath -m -- "$2")
case $1 in
    start) sk_mariadb_start "$dir"; printf '%s\n' "$SK_URL" ;;
    stop) sk_mariadb_stop "$dir" ;;
    url) cat "$dir/url" ;;
    *) usage ;;
esac
