#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and benchmarks: initdb in a temporary folder, its own port, PostGIS
# created in its database. `throwaway.sh start` prints the connection URL (and its folder on stderr);
# `throwaway.sh stop FOLDER` stops it and removes the folder (with ATHAR_PG_OWNER_PID set, that happens by itself
# when that process ends). As root, the cluster runs as the 'postgres' user.
set -euo pipefail

bin=""
for candidate in /usr/lib/postgresql/*/bin "$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent)")"; do
    if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ] && [ -x "$candidate/psql" ]; then bin="$candidate"; break; fi
done
[ -n "$bin" ] || { echo "throwaway.sh: no PostgreSQL server binaries (initdb, pg_ctl): install postgresql" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
start)
    folder="$(mktemp -d /tmp/athar-pg-XXXXXX)"
    chmod 755 "$folder"
    [ "$(id -u)" = 0 ] && chown postgres "$folder"
    port="${ATHAR_PG_PORT:-$(( 20000 + RANDOM % 20000 ))}"
    as_owner "$bin/initdb" -D "$folder/data" -U athar --auth=trust -E UTF8 --locale=C.UTF-8 > "$folder/initdb.log" 2>&1
    as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
        -o "-p $port -k $folder -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start > /dev/null
    "$bin/psql" -q -h 127.0.0.1 -p "$port" -U athar -d postgres -c "CREATE DATABASE athar" > /dev/null
    if [ -n "${ATHAR_PG_OWNER_PID:-}" ]; then
        # Removed when the process that asked for it ends, however it ends.
        nohup bash -c "while kill -0 $ATHAR_PG_OWNER_PID 2>/dev/null; do sleep 2; done; '$0' stop '$folder'" > /dev/null 2>&1 &
    fi
    echo "$folder" >&2
    echo "postgresql://athar@127.0.0.1:$port/athar"
    ;;
stop)
    folder="${2:?usage: throwaway.sh stop FOLDER}"
    as_owner "$bin/pg_ctl" -D "$folder/data" -m immediate stop > /dev/null 2>&1 || true
    rm -rf "$folder"
    ;;
*)
    echo "usage: throwaway.sh start | stop FOLDER" >&2
    exit 2
    ;;
esac
