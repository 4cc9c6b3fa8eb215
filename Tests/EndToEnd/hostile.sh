#!/usr/bin/env bash
# Hostile-input suite (issue 15): starts a real `lede serve` on SQLite and another on a PostgreSQL
# server of its own (initdb and pg_ctl from Debian's postgresql, in a temporary folder, loopback
# only; as root the cluster runs as the postgres user, which PostgreSQL requires), then sends each
# the attacks of Tests/EndToEnd/hostile_e2e.py: Int edges in every query, pages with 200,000
# attributes or 105,000 nested elements, 1 MB pages at once and a flood of them, a body over the
# cap, a 5 MB text, bad voices, path traversal, XSS, SSRF to private addresses, a narration over
# --max-narration-minutes, a delete during narration. It checks that /health answers within 1 s
# throughout, that no request passes its budget, that memory stays bounded, that failed requests
# wrote nothing and that nothing stored before was lost. Stops by itself (every wait is bounded).
#
#   Tests/EndToEnd/hostile.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in curl python3; do
    command -v $tool >/dev/null || { echo "hostile: $tool is missing" >&2; exit 1; }
done
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -x ${PG_BIN:-}/pg_ctl ]] || { echo "hostile: PostgreSQL's server is missing (apt-get install postgresql)" >&2; exit 1; }
swift build --product lede >&2
LEDE=$PWD/.build/debug/lede
WORK=$(mktemp -d /tmp/lede-hostile.XXXXXX)
chmod 755 "$WORK"
TOKEN=hostile-token-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
echo "$TOKEN" > "$WORK/tokens"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
as_postgres() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    [[ -d $WORK/pg/data ]] && as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# PostgreSQL in a folder of its own (trust on loopback: it lives as long as this script).
mkdir -p "$WORK/pg"
[[ $(id -u) == 0 ]] && chown postgres "$WORK/pg"
PG_PORT=$(free_port)
as_postgres "$PG_BIN/initdb" -D "$WORK/pg/data" -U lede -A trust --no-sync -E UTF8 --locale=C >/dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/log" -w -t 30 \
    -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U lede lede

start_server() {  # NAME EXTRA-ARGS… ; sets PORT and SERVER
    local name=$1; shift
    PORT=$(free_port)
    "$LEDE" serve --data "$WORK/$name" --port "$PORT" --token-file "$WORK/tokens" --voice espeak:en-us \
        --max-narration-minutes 30 "$@" > "$WORK/$name.log" 2>&1 &
    SERVER=$!
    PIDS+=("$SERVER")
    for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && return 0; sleep 0.2; done
    echo "hostile: the $name server did not start" >&2; cat "$WORK/$name.log" >&2; exit 1
}

status=0
start_server sqlite
# Which checks wait for issue 15's items 1 (Int edges), 5 (voice checked before writing) and 6
# (delete stops narration): those are fixed in another change; see hostile_e2e.py.
timeout 150 python3 Tests/EndToEnd/hostile_e2e.py "http://127.0.0.1:$PORT" "$TOKEN" "$SERVER" sqlite || status=1
kill "$SERVER" 2>/dev/null || true
start_server postgres --database "postgres://lede@127.0.0.1:$PG_PORT/lede"
timeout 150 python3 Tests/EndToEnd/hostile_e2e.py "http://127.0.0.1:$PORT" "$TOKEN" "$SERVER" postgres || status=1
if [[ $status != 0 ]]; then
    echo "hostile: failed; the servers' logs end:" >&2
    tail -n 20 "$WORK"/sqlite.log "$WORK"/postgres.log >&2
fi
exit $status
