# shellcheck shell=bash
# Throwaway PostgreSQL and MariaDB servers for SchemaKit's integration tests and benchmarks.
#
# Sourced (not executed) by scripts/postgres-server.sh, scripts/mariadb-server.sh,
# scripts/with-servers.sh and scripts/install-deps.sh, so that every entry point starts and stops
# the servers the same way. Recipes and timings: /work/shared/reference/ci-recipes.md (sections 1-2).
#
# Why throwaway servers: CI machines are fresh Debian 12 images running as root without systemd,
# and the image's policy-rc.d keeps packaged services from starting. Rather than touch the system's
# default instances (5432/3306), each run gets its own data directory under /tmp, a free port on
# 127.0.0.1, and is deleted afterwards. Durability is switched off because the data is disposable.
#
# Public functions (all return non-zero on failure and print the reason to stderr):
#   sk_pg_start DIR        / sk_pg_stop DIR
#   sk_mariadb_start DIR   / sk_mariadb_stop DIR
#   sk_missing_packages all|build   -> prints Debian packages that are missing
# After a successful start, DIR/url holds the connection URL and SK_URL is set to it.

# `$(...)` subshells must stop at the first error too, like the rest of the script.
shopt -s inherit_errexit 2>/dev/null || true

# Fixed credentials: the servers only listen on 127.0.0.1 and live for one run, and the tests
# read everything from the URLs, so there is nothing to gain from making these configurable.
SK_DB_USER=schemakit
SK_DB_PASSWORD=schemakit
SK_DB_NAME=schemakit
# Seconds to wait for a server to accept connections. The recipes measured ~1 s, but the
# machine notes say some machines are up to 3x slower, and CI must not flake on a busy box.
SK_START_TIMEOUT=${SCHEMAKIT_SERVER_TIMEOUT:-60}
# Marker file: stop functions `rm -rf` their DIR, so they refuse any directory we did not create.
SK_MARKER=.schemakit-server

sk_log() { printf 'schemakit: %s\n' "$*" >&2; }

# Seconds since the epoch with microseconds, for the "ready in N s" lines.
sk_now() { printf '%s' "${EPOCHREALTIME:-$(date +%s.%N)}"; }
sk_elapsed() { awk -v a="$1" -v b="$(sk_now)" 'BEGIN { printf "%.2f", b - a }'; }

# Print the end of a log so a CI failure explains itself without shell access to the machine.
sk_log_tail() {
    local file=$1
    if [ -f "$file" ]; then
        sk_log "---- last 40 lines of $file ----"
        tail -n 40 "$file" >&2
        sk_log "---- end of $file ----"
    else
        sk_log "(no log file at $file)"
    fi
}

# A TCP port on 127.0.0.1 that nobody listens on right now.
# Binding to port 0 lets the kernel choose, which is race-free apart from the short gap until
# the server binds it; the start functions retry with a new port if they lose that race.
# python3 is not guaranteed on a fresh Debian image, hence the bash-only fallback.
sk_free_port() {
    local port
    if command -v python3 >/dev/null 2>&1 &&
        port=$(python3 -c 'import socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()' 2>/dev/null) && [ -n "$port" ]; then
        printf '%s\n' "$port"
        return 0
    fi
    # Fallback: random ports below Linux's ephemeral range (32768+), so outgoing connections
    # cannot be holding them; a refused connect means nothing listens there.
    local _
    for _ in $(seq 1 100); do
        port=$((20000 + RANDOM % 12000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            printf '%s\n' "$port"
            return 0
        fi
    done
    sk_log "could not find a free TCP port"
    return 1
}

# True if PID is running and its command name is NAME. Checked before every kill so that a pid
# recycled after the server exited can never make us signal an unrelated process.
# A zombie counts as exited: a server whose launcher has gone is re-parented to init, and this
# VM's init (/process_api) reaps orphans only every couple of seconds, so waiting for /proc/PID
# to vanish added ~2 s to every stop.
sk_pid_is() {
    local name=$1 pid=$2 comm stat state
    [ -n "$pid" ] && [ -r "/proc/$pid/stat" ] || return 1
    stat=$(cat "/proc/$pid/stat" 2>/dev/null) || return 1
    state=${stat##*) }   # the field after "(comm)"; comm itself may contain spaces
    state=${state%% *}
    case $state in Z | X) return 1 ;; esac
    comm=$(cat "/proc/$pid/comm" 2>/dev/null) || return 1
    [ "$comm" = "$name" ]
}

# Every descendant pid of PID (children, grandchildren, ...), from /proc, so that stopping a
# command also stops the processes it spawned (swift test runs the tests in a child process).
# /proc rather than ps/pgrep because procps is not on minimal Debian images.
sk_descendants() {
    local root=$1 f stat rest ppid pid
    local -A kids=()
    for f in /proc/[0-9]*/stat; do
        read -r stat 2>/dev/null <"$f" || continue
        pid=${stat%% *}
        rest=${stat##*) }            # "STATE PPID ..."
        rest=${rest#* }
        ppid=${rest%% *}
        kids[$ppid]+=" $pid"
    done
    local queue=("$root") out=() p c
    while [ ${#queue[@]} -gt 0 ]; do
        p=${queue[0]}
        queue=("${queue[@]:1}")
        for c in ${kids[$p]:-}; do
            out+=("$c")
            queue+=("$c")
        done
    done
    if [ ${#out[@]} -gt 0 ]; then printf '%s\n' "${out[@]}"; fi
}

# Wait up to SECONDS for PID (named NAME) to exit; returns non-zero if it is still alive.
sk_wait_exit() {
    local name=$1 pid=$2 seconds=$3 i
    for ((i = 0; i < seconds * 10; i++)); do
        sk_pid_is "$name" "$pid" || return 0
        sleep 0.1
    done
    ! sk_pid_is "$name" "$pid"
}

# DIR must be new (or empty) so that start never clobbers data, and short/space-free because
# unix socket paths are limited to 107 bytes and pg_ctl passes options through a shell.
sk_prepare_dir() {
    local dir=$1
    case $dir in
        /*) ;;
        *) sk_log "DIR must be an absolute path, not '$dir'"; return 1 ;;
    esac
    case $dir in
        *[[:space:]]*) sk_log "DIR must not contain spaces: '$dir'"; return 1 ;;
    esac
    if [ ${#dir} -gt 80 ]; then
        sk_log "DIR is too long for a unix socket path (${#dir} > 80 chars): $dir"
        return 1
    fi
    if [ -e "$dir" ] && [ -n "$(ls -A "$dir" 2>/dev/null)" ]; then
        sk_log "DIR already exists and is not empty: $dir"
        return 1
    fi
    mkdir -p "$dir" && touch "$dir/$SK_MARKER"
}

# Refuse to delete a directory that start did not create (guards the rm -rf in stop).
sk_check_marker() {
    local dir=$1
    if [ ! -f "$dir/$SK_MARKER" ]; then
        sk_log "refusing to touch $dir: it has no $SK_MARKER marker (not started by these scripts)"
        return 1
    fi
}

sk_require_root() {
    if [ "$(id -u)" != 0 ]; then
        sk_log "starting the servers needs root (the server processes run as the postgres/mysql users);"
        sk_log "run as root, or set SCHEMAKIT_SKIP_SERVERS=1 to run without database servers"
        return 1
    fi
}

# ---------------------------------------------------------------------------------------------
# Packages
# ---------------------------------------------------------------------------------------------

# Newest PostgreSQL bin directory from Debian's packages (/usr/lib/postgresql/15/bin on bookworm).
sk_pg_bindir() {
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$d" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && printf '%s\n' "$d"
}

# Debian packages that are missing, checked by what we actually use rather than by package name,
# so a machine that already has the tools some other way does not get a second copy.
# "build" = what `swift build` needs (the CMariaDB system-library target links libmariadb through
# pkg-config); "all" = that plus both servers and their clients.
sk_missing_packages() {
    local what=${1:-all} missing=()
    command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
    if ! { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libmariadb; } &&
        ! dpkg-query -W -f='${Status}' libmariadb-dev 2>/dev/null | grep -q 'ok installed'; then
        missing+=(libmariadb-dev)
    fi
    if [ "$what" = all ]; then
        sk_pg_bindir >/dev/null || missing+=(postgresql)
        command -v openssl >/dev/null 2>&1 || missing+=(openssl)
        { [ -x /usr/sbin/mariadbd ] || command -v mariadbd >/dev/null 2>&1; } &&
            command -v mariadb-install-db >/dev/null 2>&1 || missing+=(mariadb-server)
        { command -v mariadb >/dev/null 2>&1 && command -v mariadb-admin >/dev/null 2>&1; } ||
            missing+=(mariadb-client)
    fi
    if [ ${#missing[@]} -gt 0 ]; then printf '%s\n' "${missing[@]}"; fi
}

# ---------------------------------------------------------------------------------------------
# TLS: a private CA and a server certificate for 127.0.0.1, so that the tests can check
# verify-full, verify-ca and sslrootcert/sslca against a CA no system trusts.
# ---------------------------------------------------------------------------------------------

# sk_tls_make DIR: DIR/ca.crt, DIR/server.crt (SAN IP:127.0.0.1), DIR/server.key.
sk_tls_make() {
    local dir=${1:?sk_tls_make DIR}
    command -v openssl >/dev/null || { sk_log "openssl is not installed (run scripts/install-deps.sh)"; return 1; }
    mkdir -p "$dir" || return 1
    (
        cd "$dir" &&
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=SchemaKit test CA" \
            -keyout ca.key -out ca.crt &&
        openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout server.key -out server.csr &&
        printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n' >server.ext &&
        openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 \
            -extfile server.ext -out server.crt
    ) >"$dir/openssl.log" 2>&1 || { sk_log "making the test certificates failed"; sk_log_tail "$dir/openssl.log"; return 1; }
    chmod 644 "$dir/ca.crt" "$dir/server.crt"
}

# sk_tls_install SRC DEST OWNER: the server certificate and key, readable by OWNER only.
sk_tls_install() {
    local src=$1 dest=$2 owner=$3
    cp "$src/server.crt" "$src/server.key" "$src/ca.crt" "$dest/" &&
        chown "$owner:$owner" "$dest/server.crt" "$dest/server.key" "$dest/ca.crt" &&
        chmod 600 "$dest/server.key"
}

# ---------------------------------------------------------------------------------------------
# PostgreSQL
# ---------------------------------------------------------------------------------------------

sk_pg_start() {
    local dir=${1:?sk_pg_start DIR}
    local started pgbin port attempt ok version
    started=$(sk_now)
    sk_require_root || return 1
    pgbin=$(sk_pg_bindir) || { sk_log "PostgreSQL is not installed (run scripts/install-deps.sh)"; return 1; }
    id postgres >/dev/null 2>&1 ||
        useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres || return 1
    sk_prepare_dir "$dir" || return 1
    mkdir -p "$dir/data" "$dir/sock" || return 1
    chown -R postgres:postgres "$dir" || return 1
    chmod 755 "$dir" || return 1       # the postgres user must be able to reach data/ and sock/
    chmod 700 "$dir/sock" || return 1  # local connections use trust auth: only postgres (and root) may connect

    # cd / because initdb and psql complain when the caller's cwd (e.g. /root) is unreadable to
    # the postgres user. scram-sha-256 on TCP so the URL's password is really checked.
    if ! (cd / && runuser -u postgres -- "$pgbin/initdb" -D "$dir/data" -U postgres \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync) \
        >"$dir/initdb.log" 2>&1; then
        sk_log "initdb failed"
        sk_log_tail "$dir/initdb.log"
        return 1
    fi

    # Settings go into postgresql.conf rather than pg_ctl -o, so paths never pass through a shell.
    # fsync/synchronous_commit/full_page_writes off: the cluster is deleted after the run anyway.
    # max_connections 200: Swift Testing runs tests in parallel, each with its own connections.
    cat >>"$dir/data/postgresql.conf" <<CONF || return 1

# --- SchemaKit throwaway test cluster (scripts/lib/servers.sh) ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir/sock'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
CONF
    if [ -n "${SK_TLS_DIR:-}" ]; then
        sk_tls_install "$SK_TLS_DIR" "$dir/data" postgres || return 1
        cat >>"$dir/data/postgresql.conf" <<CONF || return 1
ssl = on
ssl_cert_file = '$dir/data/server.crt'
ssl_key_file = '$dir/data/server.key'
CONF
    fi

    ok=0
    for attempt in 1 2 3; do
        port=${SCHEMAKIT_PG_PORT:-$(sk_free_port)} || return 1
        rm -f "$dir/postgres.log"
        # pg_ctl -w polls until the server accepts connections (or -t seconds pass). pg_ctl
        # detaches the postmaster into its own session, so a Ctrl-C in the terminal does not hit it.
        if (cd / && runuser -u postgres -- "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" \
            -w -t "$SK_START_TIMEOUT" -o "-p $port" start) >"$dir/pg_ctl.log" 2>&1; then
            ok=1
            break
        fi
        # Lost the race for the port to someone else: try another one (unless it was pinned).
        if [ -z "${SCHEMAKIT_PG_PORT:-}" ] && [ "$attempt" -lt 3 ] &&
            grep -q 'Address already in use' "$dir/postgres.log" 2>/dev/null; then
            sk_log "PostgreSQL: port $port was taken meanwhile, retrying with another port"
            sk_pg_halt "$pgbin" "$dir"
            continue
        fi
        break
    done
    if [ "$ok" != 1 ]; then
        sk_log "PostgreSQL failed to start on 127.0.0.1:$port (or was not ready within ${SK_START_TIMEOUT}s)"
        cat "$dir/pg_ctl.log" >&2 2>/dev/null || true
        sk_log_tail "$dir/postgres.log"
        return 1
    fi
    printf '%s\n' "$port" >"$dir/port" || return 1

    # Superuser over the private unix socket (trust) creates the test role. The tests create
    # their own databases and schemas, hence CREATEDB; SUPERUSER also lets them create extensions.
    if ! (cd / && runuser -u postgres -- "$pgbin/psql" -X -q -v ON_ERROR_STOP=1 \
        -h "$dir/sock" -p "$port" -U postgres -d postgres) >"$dir/setup.log" 2>&1 <<SQL; then
CREATE ROLE "$SK_DB_USER" LOGIN SUPERUSER CREATEDB PASSWORD '$SK_DB_PASSWORD';
CREATE DATABASE "$SK_DB_NAME" OWNER "$SK_DB_USER";
SQL
        sk_log "PostgreSQL: creating role/database failed"
        sk_log_tail "$dir/setup.log"
        return 1
    fi

    # Prove the exact credentials of the URL work over TCP, the way the tests will connect.
    if ! version=$(PGPASSWORD=$SK_DB_PASSWORD PGCONNECT_TIMEOUT=10 "$pgbin/psql" -X -At \
        -h 127.0.0.1 -p "$port" -U "$SK_DB_USER" -d "$SK_DB_NAME" -c 'show server_version' 2>"$dir/check.log"); then
        sk_log "PostgreSQL: password login over TCP failed"
        cat "$dir/check.log" >&2
        sk_log_tail "$dir/postgres.log"
        return 1
    fi

    SK_URL="postgres://$SK_DB_USER:$SK_DB_PASSWORD@127.0.0.1:$port/$SK_DB_NAME"
    printf '%s\n' "$SK_URL" >"$dir/url"
    sk_log "PostgreSQL $version ready on 127.0.0.1:$port in $(sk_elapsed "$started")s ($dir)"
}

# Stop the postmaster of DIR however far start got: fast shutdown, then immediate, then KILL.
sk_pg_halt() {
    local pgbin=$1 dir=$2 pid=""
    [ -f "$dir/data/postmaster.pid" ] || return 0
    pid=$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null) || true
    (cd / && runuser -u postgres -- "$pgbin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop) >/dev/null 2>&1 || true
    # pg_ctl returns once the pid file is gone; the postmaster may still be exiting.
    sk_wait_exit postgres "$pid" 10 && return 0
    sk_log "PostgreSQL (pid $pid) ignored fast shutdown; sending SIGQUIT"
    kill -QUIT "$pid" 2>/dev/null || true
    sk_wait_exit postgres "$pid" 10 && return 0
    kill -KILL "$pid" 2>/dev/null || true
    sk_wait_exit postgres "$pid" 5
}

sk_pg_stop() {
    local dir=${1:?sk_pg_stop DIR} started pgbin
    [ -e "$dir" ] || return 0   # never started, or already stopped
    sk_check_marker "$dir" || return 1
    started=$(sk_now)
    if pgbin=$(sk_pg_bindir); then sk_pg_halt "$pgbin" "$dir"; fi
    rm -rf "$dir"
    sk_log "PostgreSQL stopped and $dir removed in $(sk_elapsed "$started")s"
}

# ---------------------------------------------------------------------------------------------
# MariaDB
# ---------------------------------------------------------------------------------------------

sk_mariadbd_bin() {
    if [ -x /usr/sbin/mariadbd ]; then echo /usr/sbin/mariadbd; else command -v mariadbd; fi
}

sk_mariadb_start() {
    local dir=${1:?sk_mariadb_start DIR}
    local started mariadbd port attempt ok pid i version
    started=$(sk_now)
    sk_require_root || return 1
    mariadbd=$(sk_mariadbd_bin) || { sk_log "MariaDB is not installed (run scripts/install-deps.sh)"; return 1; }
    id mysql >/dev/null 2>&1 ||
        useradd --system --no-create-home --shell /usr/sbin/nologin mysql || return 1
    sk_prepare_dir "$dir" || return 1
    mkdir -p "$dir/data" "$dir/tmp" || return 1
    chown -R mysql:mysql "$dir" || return 1
    chmod 755 "$dir" || return 1

    # --no-defaults everywhere keeps /etc/mysql/*.cnf (and the packaged service's paths) out of it.
    # root logs in through unix_socket auth, i.e. only as OS root over our private socket.
    if ! (cd / && mariadb-install-db --no-defaults --user=mysql --datadir="$dir/data" \
        --auth-root-authentication-method=socket --skip-test-db --skip-name-resolve) \
        >"$dir/install-db.log" 2>&1; then
        sk_log "mariadb-install-db failed"
        sk_log_tail "$dir/install-db.log"
        return 1
    fi

    local tls_options=()
    if [ -n "${SK_TLS_DIR:-}" ]; then
        sk_tls_install "$SK_TLS_DIR" "$dir" mysql || return 1
        tls_options=(--ssl-ca="$dir/ca.crt" --ssl-cert="$dir/server.crt" --ssl-key="$dir/server.key")
    fi
    ok=0
    for attempt in 1 2 3; do
        port=${SCHEMAKIT_MYSQL_PORT:-$(sk_free_port)} || return 1
        rm -f "$dir/mysqld.err" "$dir/mysqld.pid"
        # mariadbd does not daemonise; run it in the background in its own session (setsid) so a
        # terminal Ctrl-C reaches only our trap, which then shuts it down cleanly.
        # Durability off (no doublewrite, lazy log flush): the data is deleted after the run.
        # utf8mb4 + utf8mb4_unicode_ci: --no-defaults would otherwise leave latin1 as the default.
        # max-connections 300: parallel tests, each with its own connections.
        # A tmpdir of its own: at startup mariadbd deletes every `#sql*` file in its tmpdir
        # (left-over temporary tables, it assumes), so with the shared /tmp each server started
        # killed the on-disk temporary tables of queries running on every other one: "Error on
        # delete of '/tmp/#sql-temptable-….MAI' (Errcode: 2)", a catalog read failing at random.
        setsid "$mariadbd" --no-defaults --user=mysql --datadir="$dir/data" --tmpdir="$dir/tmp" \
            --port="$port" --bind-address=127.0.0.1 --socket="$dir/mysqld.sock" \
            --pid-file="$dir/mysqld.pid" --log-error="$dir/mysqld.err" \
            --skip-name-resolve --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 \
            --max-connections=300 \
            --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci "${tls_options[@]}" \
            </dev/null >/dev/null 2>&1 &
        pid=$!
        printf '%s\n' "$pid" >"$dir/launcher.pid"
        # Poll until the server answers on its socket; give up early if it died.
        for ((i = 0; i < SK_START_TIMEOUT * 10; i++)); do
            if mariadb-admin --no-defaults --connect-timeout=2 --socket="$dir/mysqld.sock" -uroot ping \
                >/dev/null 2>&1; then
                ok=1
                break
            fi
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        [ "$ok" = 1 ] && break
        if ! kill -0 "$pid" 2>/dev/null && [ -z "${SCHEMAKIT_MYSQL_PORT:-}" ] && [ "$attempt" -lt 3 ] &&
            grep -qE 'Address already in use|Bind on TCP/IP port' "$dir/mysqld.err" 2>/dev/null; then
            sk_log "MariaDB: port $port was taken meanwhile, retrying with another port"
            continue
        fi
        break
    done
    if [ "$ok" != 1 ]; then
        if kill -0 "$pid" 2>/dev/null; then
            sk_log "MariaDB did not accept connections on 127.0.0.1:$port within ${SK_START_TIMEOUT}s"
        else
            sk_log "MariaDB exited during start-up (port $port)"
        fi
        sk_log_tail "$dir/mysqld.err"
        return 1   # the caller's stop (trap) shuts down a half-started server
    fi
    printf '%s\n' "$port" >"$dir/port" || return 1

    # Test user from TCP (127.0.0.1) and from the socket (localhost), with every privilege
    # because the tests create and drop their own databases.
    if ! mariadb --no-defaults --socket="$dir/mysqld.sock" -uroot >"$dir/setup.log" 2>&1 <<SQL; then
CREATE DATABASE \`$SK_DB_NAME\` CHARACTER SET utf8mb4;
CREATE USER '$SK_DB_USER'@'127.0.0.1' IDENTIFIED BY '$SK_DB_PASSWORD';
CREATE USER '$SK_DB_USER'@'localhost' IDENTIFIED BY '$SK_DB_PASSWORD';
GRANT ALL PRIVILEGES ON *.* TO '$SK_DB_USER'@'127.0.0.1' WITH GRANT OPTION;
GRANT ALL PRIVILEGES ON *.* TO '$SK_DB_USER'@'localhost' WITH GRANT OPTION;
SQL
        sk_log "MariaDB: creating user/database failed"
        sk_log_tail "$dir/setup.log"
        return 1
    fi

    # Prove the URL's credentials work over TCP. MYSQL_PWD instead of -p keeps the password
    # out of `ps`; -u is explicit because the client ignores MYSQL_USER on Linux (ci-recipes §2).
    if ! version=$(MYSQL_PWD=$SK_DB_PASSWORD mariadb --no-defaults --protocol=tcp --connect-timeout=10 \
        -h 127.0.0.1 -P "$port" -u "$SK_DB_USER" -N -B -e 'SELECT VERSION()' "$SK_DB_NAME" 2>"$dir/check.log"); then
        sk_log "MariaDB: password login over TCP failed"
        cat "$dir/check.log" >&2
        sk_log_tail "$dir/mysqld.err"
        return 1
    fi

    SK_URL="mysql://$SK_DB_USER:$SK_DB_PASSWORD@127.0.0.1:$port/$SK_DB_NAME"
    printf '%s\n' "$SK_URL" >"$dir/url"
    sk_log "MariaDB $version ready on 127.0.0.1:$port in $(sk_elapsed "$started")s ($dir)"
}

sk_mariadb_stop() {
    local dir=${1:?sk_mariadb_stop DIR} started pid=""
    [ -e "$dir" ] || return 0
    sk_check_marker "$dir" || return 1
    started=$(sk_now)
    # The server's own pid file is authoritative; launcher.pid covers a server that died or
    # hung before writing it.
    if [ -s "$dir/mysqld.pid" ]; then pid=$(cat "$dir/mysqld.pid" 2>/dev/null) || true; fi
    if [ -z "$pid" ] && [ -s "$dir/launcher.pid" ]; then pid=$(cat "$dir/launcher.pid" 2>/dev/null) || true; fi
    # A clean shutdown over our socket is quickest (mariadb-admin waits for it), and is tried even
    # when the pid is unknown so that a server is never left running on a deleted datadir.
    local asked=0
    if [ -S "$dir/mysqld.sock" ] &&
        timeout 30 mariadb-admin --no-defaults --socket="$dir/mysqld.sock" -uroot shutdown >/dev/null 2>&1; then
        asked=1
    fi
    if sk_pid_is mariadbd "$pid"; then
        # SIGTERM is mariadbd's normal shutdown too; used when the socket route failed.
        if [ "$asked" = 0 ] || ! sk_wait_exit mariadbd "$pid" 20; then
            sk_log "MariaDB (pid $pid) did not shut down via its socket; sending SIGTERM"
            kill -TERM "$pid" 2>/dev/null || true
            if ! sk_wait_exit mariadbd "$pid" 20; then
                kill -KILL "$pid" 2>/dev/null || true
                sk_wait_exit mariadbd "$pid" 5 || true
            fi
        fi
    fi
    rm -rf "$dir"
    sk_log "MariaDB stopped and $dir removed in $(sk_elapsed "$started")s"
}
