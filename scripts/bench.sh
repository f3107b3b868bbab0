#!/usr/bin/env bash
# The large-schema benchmark: `schemakit diff --check` against the catalog floor, per engine and
# size, on databases shaped like applications (the shared generator, ../shared/bench/).
#
#   scripts/bench.sh                                   # every engine, 100/1,000/5,000 tables, 3 runs
#   scripts/bench.sh --engines sqlite --sizes 100 --runs 1     # a smoke run (seconds)
#
# Options:
#   --engines "postgres mariadb sqlite"   engines to measure
#   --sizes "100 1000 5000"               tables per database
#   --scenarios "noop mutated update update-mutated"
#                                         noop: A against its twin B; mutated: A against A after
#                                         20 random changes (gen_schema.py --mutate 20);
#                                         update: `schema:update --dump` from N generated entities
#                                         (Benchmarks/EntityBench, the same shape) against the
#                                         database created from them (E); update-mutated: the
#                                         same after 20 random changes to the entities
#   --runs 3                              runs per cell; times are medians, RSS the largest
#   --load-only                           create and load the databases, measure nothing
#
# Every size is loaded into ONE server per engine (three databases per size: A, its twin B, the
# mutated M), as on a shared server: the time to read one database must not grow with the others.
# Loaded databases are kept in the work directory and reused by later runs against the same
# servers. Per cell it prints the floor (the shared floor/*.sql queries for A, timed in the same
# run), the diff's wall time, the ratio, peak RSS (/usr/bin/time), the tool's CPU, the server's
# CPU (when this script started the server), the queries the diff sent (SCHEMAKIT_CLI_VERBOSE=1)
# and the exit codes (0 expected for noop, 2 for mutated, 0 for update and 0s — exit 0 with an
# update script printed — for update-mutated); then, per engine and scenario, how the run's time
# and the floor's grew from each size to the next (5x the tables should cost at most 5.5x). The update
# scenarios read one database, so their ideal is about 1× the floor (of E) plus the entities' own
# work.
#
# Environment:
#   SCHEMAKIT_BENCH_INPUTS   folder with gen_schema.py and floor/ (default: ../shared/bench beside
#                            the repository, else /work/shared/bench)
#   SCHEMAKIT_BENCH_DIR      work directory: generated SQL, SQLite files, servers (/tmp/skbench)
#   SCHEMAKIT_BIN            the tool (default: .build/release/schemakit, built when missing)
#   SCHEMAKIT_POSTGRES_URL, SCHEMAKIT_MYSQL_URL
#                            use these servers (the user must be allowed to create databases)
#                            instead of starting throwaway ones
#   SCHEMAKIT_BENCH_POSTGRES_PID_FILE, SCHEMAKIT_BENCH_MYSQL_PID_FILE
#                            their pid files (postmaster.pid, mysqld.pid), to report server CPU
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=lib/servers.sh
. "$repo/scripts/lib/servers.sh"

engines="postgres mariadb sqlite" sizes="100 1000 5000" scenarios="noop mutated update update-mutated" runs=3
while [ $# -gt 0 ]; do
    case $1 in
        --engines) engines=$2; shift 2 ;;
        --sizes) sizes=$2; shift 2 ;;
        --scenarios) scenarios=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --load-only) runs=0; shift ;;
        *) echo "usage: $0 [--engines LIST] [--sizes LIST] [--scenarios LIST] [--runs N]" >&2; exit 2 ;;
    esac
done

inputs=${SCHEMAKIT_BENCH_INPUTS:-}
if [ -z "$inputs" ]; then
    for candidate in "$repo/../shared/bench" /work/shared/bench; do
        if [ -f "$candidate/gen_schema.py" ]; then inputs=$(cd "$candidate" && pwd); break; fi
    done
fi
[ -n "$inputs" ] && [ -f "$inputs/gen_schema.py" ] || { sk_log "no gen_schema.py: set SCHEMAKIT_BENCH_INPUTS"; exit 1; }
work=${SCHEMAKIT_BENCH_DIR:-/tmp/skbench}
mkdir -p "$work/sql" "$work/sqlite" "$work/loaded" "$work/runs"
chmod 755 "$work"

bin=${SCHEMAKIT_BIN:-$repo/.build/release/schemakit}
if [ ! -x "$bin" ]; then
    sk_log "building $bin (release)"
    (cd "$repo" && swift build -c release --product schemakit >&2)
fi
entity_bin=${SCHEMAKIT_ENTITY_BENCH_BIN:-$repo/.build/release/entity-bench}
# The entities' shape, for the loaded-database markers: a changed generator means another schema.
entity_hash=$(cat "$repo"/Benchmarks/EntityBench/*.swift | sha1sum | cut -c1-10)
case " $scenarios " in *" update"*)
    if [ ! -x "$entity_bin" ] || [ -n "$(find "$repo/Benchmarks/EntityBench" -newer "$entity_bin" -name '*.swift')" ]; then
        sk_log "building $entity_bin (release)"
        (cd "$repo" && swift build -c release --product entity-bench >&2)
    fi ;;
esac

# --- servers ---------------------------------------------------------------------------------

started_servers=()
cleanup() {
    local dir
    for dir in "${started_servers[@]}"; do
        case $dir in
            */postgres) "$repo/scripts/postgres-server.sh" stop "$dir" || true ;;
            */mariadb) "$repo/scripts/mariadb-server.sh" stop "$dir" || true ;;
        esac
    done
}
trap cleanup EXIT

pg_url=${SCHEMAKIT_POSTGRES_URL:-} my_url=${SCHEMAKIT_MYSQL_URL:-}
pg_pidfile=${SCHEMAKIT_BENCH_POSTGRES_PID_FILE:-} my_pidfile=${SCHEMAKIT_BENCH_MYSQL_PID_FILE:-}
case " $engines " in *" postgres "*)
    if [ -z "$pg_url" ]; then
        rm -rf "$work/postgres"
        pg_url=$("$repo/scripts/postgres-server.sh" start "$work/postgres")
        started_servers+=("$work/postgres")
        pg_pidfile=$work/postgres/data/postmaster.pid
        rm -f "$work"/loaded/postgres-*
    fi ;;
esac
case " $engines " in *" mariadb "*)
    if [ -z "$my_url" ]; then
        rm -rf "$work/mariadb"
        my_url=$("$repo/scripts/mariadb-server.sh" start "$work/mariadb")
        started_servers+=("$work/mariadb")
        my_pidfile=$work/mariadb/mysqld.pid
        rm -f "$work"/loaded/mariadb-*
    fi ;;
esac

# user, password, host, port, database of a URL
url_parts() {
    [[ $1 =~ ^[a-z]+://([^:@/]+):([^@/]*)@([^:/]+):([0-9]+)/([^?]*) ]] || { sk_log "cannot parse $1"; exit 1; }
    printf '%s\n' "${BASH_REMATCH[@]:1}"
}
if [ -n "$pg_url" ]; then mapfile -t pg < <(url_parts "$pg_url"); fi
if [ -n "$my_url" ]; then mapfile -t my < <(url_parts "$my_url"); fi

psql_db() { PGPASSWORD=${pg[1]} psql -X -q -v ON_ERROR_STOP=1 -h "${pg[2]}" -p "${pg[3]}" -U "${pg[0]}" -d "$1" "${@:2}"; }
mariadb_db() { MYSQL_PWD=${my[1]} mariadb --no-defaults --protocol=tcp -h "${my[2]}" -P "${my[3]}" -u "${my[0]}" "$@"; }

# CPU seconds a server has used so far: the process, plus its reaped children (PostgreSQL's
# backends exit when the client disconnects and are reaped by the postmaster).
server_cpu() {
    local pidfile=$1
    [ -n "$pidfile" ] && [ -r "$pidfile" ] || { echo ""; return; }
    local pid fields
    pid=$(head -n 1 "$pidfile")
    read -ra fields <"/proc/$pid/stat" || { echo ""; return; }
    # fields 14-17 (utime, stime, cutime, cstime), counted from 1, after a comm without spaces
    awk -v t="$(getconf CLK_TCK)" -v a="${fields[13]}" -v b="${fields[14]}" -v c="${fields[15]}" -v d="${fields[16]}" \
        'BEGIN { printf "%.2f", (a + b + c + d) / t }'
}

# --- inputs ----------------------------------------------------------------------------------

# The SQL of one database: $1 engine, $2 size, $3 a | m
sql_file() {
    local dialect=$1 file
    [ "$dialect" = mariadb ] || [ "$dialect" = postgres ] || dialect=sqlite
    file=$work/sql/$1-$2-$3.sql
    if [ ! -s "$file" ]; then
        if [ "$3" = m ]; then
            python3 "$inputs/gen_schema.py" "$2" --dialect "$dialect" --mutate 20 >"$file.tmp"
        else
            python3 "$inputs/gen_schema.py" "$2" --dialect "$dialect" >"$file.tmp"
        fi
        mv "$file.tmp" "$file"
    fi
    printf '%s' "$file"
}

# Creates and loads database sk_<size>_<variant> unless an earlier run did; prints its URL.
# Variants a and b hold gen_schema.py's schema, m its mutated form, e the schema entity-bench
# creates from <size> generated entities (reloaded when the generator's sources change).
load() {
    local engine=$1 size=$2 variant=$3 db="sk_${2}_${3}" source=""
    [ "$variant" = e ] || source=$(sql_file "$engine" "$size" "$([ "$variant" = m ] && echo m || echo a)")
    # Keyed by server too: databases loaded into an earlier server are not in this one.
    local marker=$work/loaded/$engine-$db
    case $engine in
        postgres) marker=$work/loaded/$engine-${pg[2]}-${pg[3]}-$db ;;
        mariadb) marker=$work/loaded/$engine-${my[2]}-${my[3]}-$db ;;
    esac
    [ "$variant" != e ] || marker=$marker-$entity_hash
    case $engine in
        postgres)
            if [ ! -e "$marker" ]; then
                sk_log "loading $db into PostgreSQL"
                psql_db "${pg[4]}" -c "drop database if exists $db" -c "create database $db" >/dev/null
                # Not one transaction: 5,000 tables take more locks than max_locks_per_transaction allows.
                if [ -n "$source" ]; then psql_db "$db" -f "$source" >/dev/null; else entities "$size" "postgres://${pg[0]}:${pg[1]}@${pg[2]}:${pg[3]}/$db"; fi
                psql_db "$db" -c "analyze" >/dev/null
                touch "$marker"
            fi
            printf 'postgres://%s:%s@%s:%s/%s' "${pg[@]:0:4}" "$db" ;;
        mariadb)
            if [ ! -e "$marker" ]; then
                sk_log "loading $db into MariaDB"
                mariadb_db -e "drop database if exists $db; create database $db"
                if [ -n "$source" ]; then mariadb_db "$db" <"$source"; else entities "$size" "mysql://${my[0]}:${my[1]}@${my[2]}:${my[3]}/$db"; fi
                touch "$marker"
            fi
            printf 'mysql://%s:%s@%s:%s/%s' "${my[@]:0:4}" "$db" ;;
        sqlite)
            local file=$work/sqlite/$db.sqlite
            if [ ! -e "$marker" ]; then
                sk_log "loading $db into SQLite"
                rm -f "$file"
                if [ -n "$source" ]; then sqlite3 -batch -bail "$file" <"$source" >/dev/null; else entities "$size" "sqlite://$file"; fi
                touch "$marker"
            fi
            printf 'sqlite://%s' "$file" ;;
    esac
}

# Creates the schema of $1 generated entities in the database at URL $2.
entities() {
    sk_log "creating $1 entities' schema in ${2##*/}"
    DATABASE_URL=$2 SCHEMAKIT_BENCH_TABLES=$1 "$entity_bin" schema:create --run >/dev/null
}

# Runs the floor queries against database $2 of engine $1; prints wall seconds.
floor() {
    local engine=$1 url=$2 start
    start=$EPOCHREALTIME
    case $engine in
        postgres) psql_db "${url##*/}" -A -t -f "$inputs/floor/postgres.sql" -o /dev/null ;;
        mariadb) mariadb_db --batch --skip-column-names "${url##*/}" <"$inputs/floor/mariadb.sql" >/dev/null ;;
        sqlite) sqlite3 -batch -bail "${url#sqlite://}" <"$inputs/floor/sqlite.sql" >/dev/null ;;
    esac
    awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.3f", b - a }'
}

# Runs a command once against the server whose pid file is $1; prints "seconds peak-KiB
# tool-cpu server-cpu queries exit". The exit is the code, with "s" appended when the command
# printed an update script (what `schema:update --dump` does only when the schema differs).
measure() {
    local pidfile=$1 log=$work/runs/last start end cpu0 cpu1 rc=0
    shift
    cpu0=$(server_cpu "$pidfile")
    start=$EPOCHREALTIME
    SCHEMAKIT_CLI_VERBOSE=1 /usr/bin/time -f '%M %U %S' -o "$log.time" "$@" >"$log.out" 2>"$log.err" || rc=$?
    end=$EPOCHREALTIME
    # PostgreSQL's backends are counted once the postmaster has reaped them, just after they exit.
    [ -z "$pidfile" ] || sleep 0.3
    cpu1=$(server_cpu "$pidfile")
    local rss user sys queries exit=$rc
    read -r rss user sys < <(tail -n 1 "$log.time")
    queries=$(grep -cE '\] (mysql )?query$' "$log.err" || true)
    if [ "$rc" != 0 ] && [ "$rc" != 2 ]; then
        cp "$log.err" "$work/runs/failed-$(date +%s%N).err"
    fi
    [ ! -s "$log.out" ] || exit=${rc}s
    awk -v a="$start" -v b="$end" -v r="$rss" -v u="$user" -v s="$sys" -v c0="$cpu0" -v c1="$cpu1" -v q="$queries" -v x="$exit" \
        'BEGIN { printf "%.3f %d %.2f %s %d %s\n", b - a, r, u + s, (c0 == "" ? "-" : sprintf("%.2f", c1 - c0)), q, x }'
}

# `schemakit diff --check` from database $2 to $3 (server pid file $1).
diff_once() { measure "$1" "$bin" diff --from "$2" --to "$3" --check; }

# `schema:update --dump` from $3 entities after $4 changes, against database $2 (pid file $1).
update_once() {
    measure "$1" env DATABASE_URL="$2" SCHEMAKIT_BENCH_TABLES="$3" SCHEMAKIT_BENCH_MUTATE="$4" "$entity_bin" schema:update --dump
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# --- the run ---------------------------------------------------------------------------------

# Load everything first, so that every measurement sees every size on its server.
for engine in $engines; do
    for size in $sizes; do
        for variant in a b m; do load "$engine" "$size" "$variant" >/dev/null; done
        case " $scenarios " in *" update"*) load "$engine" "$size" e >/dev/null ;; esac
    done
done
[ "$runs" -gt 0 ] || exit 0

declare -A run_median=() floor_median=()
printf '%-10s %6s %-14s %9s %9s %7s %8s %9s %9s %7s %s\n' \
    engine tables scenario "floor s" "run s" ratio "RSS MiB" "tool CPU" "srv CPU" queries exits
for engine in $engines; do
    case $engine in postgres) pidfile=$pg_pidfile ;; mariadb) pidfile=$my_pidfile ;; *) pidfile="" ;; esac
    for size in $sizes; do
        for scenario in $scenarios; do
            case $scenario in
                noop) from=$(load "$engine" "$size" a) to=$(load "$engine" "$size" b) ;;
                mutated) from=$(load "$engine" "$size" a) to=$(load "$engine" "$size" m) ;;
                update|update-mutated) from=$(load "$engine" "$size" e) ;;
                *) sk_log "unknown scenario $scenario"; exit 2 ;;
            esac
            floors=() times=() rss=0 cpus=() srv=() queries=0 exits=()
            for ((run = 0; run < runs; run++)); do
                floors+=("$(floor "$engine" "$from")")
                case $scenario in
                    update) read -r seconds kib cpu server count code < <(update_once "$pidfile" "$from" "$size" 0) ;;
                    update-mutated) read -r seconds kib cpu server count code < <(update_once "$pidfile" "$from" "$size" 20) ;;
                    *) read -r seconds kib cpu server count code < <(diff_once "$pidfile" "$from" "$to") ;;
                esac
                times+=("$seconds") cpus+=("$cpu") srv+=("$server") exits+=("$code")
                [ "$kib" -gt "$rss" ] && rss=$kib
                queries=$count
            done
            f=$(printf '%s\n' "${floors[@]}" | median)
            t=$(printf '%s\n' "${times[@]}" | median)
            c=$(printf '%s\n' "${cpus[@]}" | median)
            if [ "${srv[0]}" = - ]; then s=-; else s=$(printf '%s\n' "${srv[@]}" | median); fi
            printf '%-10s %6s %-14s %9.3f %9.3f %6.1fx %8.0f %9.2f %9s %7s %s\n' \
                "$engine" "$size" "$scenario" "$f" "$t" "$(awk -v a="$t" -v b="$f" 'BEGIN { print a / b }')" \
                "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$c" "$s" "$queries" "$(IFS=,; echo "${exits[*]}")"
            run_median["$engine $size $scenario"]=$t floor_median["$engine $size $scenario"]=$f
        done
    done
done

# Scaling: each size against the next smaller one measured, for the run and for the floor (the
# goal: 5x the tables in at most 5.5x the run's time). The floor's own growth says how much of
# the run's is the engine's.
scaling=()
for engine in $engines; do
    previous=""
    for size in $(printf '%s\n' $sizes | sort -n); do
        if [ -n "$previous" ]; then
            for scenario in $scenarios; do
                small="$engine $previous $scenario" large="$engine $size $scenario"
                [ -n "${run_median[$small]:-}" ] && [ -n "${run_median[$large]:-}" ] || continue
                scaling+=("$(printf '%-10s %-10s %-14s %6.1fx %9.1fx %9.1fx' "$engine" "$previous-$size" "$scenario" \
                    "$(awk -v a="$size" -v b="$previous" 'BEGIN { print a / b }')" \
                    "$(awk -v a="${run_median[$large]}" -v b="${run_median[$small]}" 'BEGIN { print a / b }')" \
                    "$(awk -v a="${floor_median[$large]}" -v b="${floor_median[$small]}" 'BEGIN { print a / b }')")")
            done
        fi
        previous=$size
    done
done
if [ ${#scaling[@]} -gt 0 ]; then
    printf '\n%-10s %-10s %-14s %7s %10s %10s\n' engine sizes scenario tables "run time" "floor time"
    printf '%s\n' "${scaling[@]}"
fi
