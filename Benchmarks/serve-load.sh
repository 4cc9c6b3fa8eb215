#!/usr/bin/env bash
# Load benchmark for `lede serve`: wrk (Debian) with 200 connections against the article page and
# the podcast feed of a library holding the bundled example (narrated with the eSpeak voice). The
# peer, measured in the same run with the same wrk settings, is nginx serving the very same bytes
# as static files: the ceiling for a dynamic page on this machine. Prints requests/s and p99
# latency for both and the ratio.
#
#   Benchmarks/serve-load.sh            # DURATION=20 CONNECTIONS=200 Benchmarks/serve-load.sh
#
# The server and nginx are pinned to core 0, wrk to core 1, so they do not share a core.
# Needs the Debian packages wrk and nginx (scripts/setup.sh does not install them: apt-get install wrk nginx-light).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-200}
for tool in wrk nginx taskset curl; do
    command -v $tool >/dev/null || { echo "serve-load: $tool is missing (apt-get install wrk nginx-light)" >&2; exit 1; }
done
swift build -c release --product lede >&2
LEDE=$PWD/.build/release/lede
WORK=$(mktemp -d)
PORT=$((20000 + RANDOM % 20000))
PEER_PORT=$((PORT + 1))
cleanup() {
    [[ -n ${SERVER:-} ]] && kill "$SERVER" 2>/dev/null || true
    [[ -n ${PEER:-} ]] && kill "$PEER" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

$LEDE add Examples/harbour-ferry.html --data "$WORK/data" --voice espeak:en-us >&2
taskset -c 0 $LEDE serve --data "$WORK/data" --port $PORT --voice espeak:en-us > "$WORK/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 300); do
    if curl -sf "http://127.0.0.1:$PORT/api/articles/1" 2>/dev/null | grep -q '"narration"'; then break; fi
    sleep 0.2
done
curl -sf "http://127.0.0.1:$PORT/api/articles/1" | grep -q '"narration"' || { echo "serve-load: narration did not finish" >&2; cat "$WORK/serve.log" >&2; exit 1; }

# The peer: the same page and feed, saved, behind nginx with one worker.
chmod 755 "$WORK"
mkdir -p "$WORK/static/articles" "$WORK/nginx"
curl -sf "http://127.0.0.1:$PORT/articles/1" > "$WORK/static/articles/1"
curl -sf "http://127.0.0.1:$PORT/feed.xml" > "$WORK/static/feed.xml"
cat > "$WORK/nginx/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx/body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;
    server {
        listen 127.0.0.1:$PEER_PORT;
        root $WORK/static;
        location / { default_type text/html; }
        location = /feed.xml { default_type application/rss+xml; }
    }
}
CONF
taskset -c 0 nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
PEER=$!
sleep 1

# Requests/s and p99 (ms) from wrk's --latency report.
measure() {
    local out
    out=$(taskset -c 1 wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$1")
    local rps p99 errors
    rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v=v*1000}; print v}' <<<"$out")
    errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out" | tr '\n' ' ')
    echo "$rps $p99 ${errors:-none}"
}

printf '%-14s %-7s %12s %10s  %s\n' page server 'requests/s' 'p99 ms' 'errors'
for path in /articles/1 /feed.xml; do
    read -r lede_rps lede_p99 lede_errors < <(measure "http://127.0.0.1:$PORT$path")
    read -r peer_rps peer_p99 peer_errors < <(measure "http://127.0.0.1:$PEER_PORT$path")
    printf '%-14s %-7s %12s %10s  %s\n' "$path" lede "$lede_rps" "$lede_p99" "$lede_errors"
    printf '%-14s %-7s %12s %10s  %s\n' "$path" nginx "$peer_rps" "$peer_p99" "$peer_errors"
    python3 -c "import sys; l, p = float(sys.argv[1]), float(sys.argv[2]); print(f'{sys.argv[3]:<14} lede/nginx throughput: {l / p:.2f}x')" \
        "$lede_rps" "$peer_rps" "$path"
done
echo "(wrk: $CONNECTIONS connections, 2 threads, ${DURATION}s each; server and nginx on core 0, wrk on core 1; $(nproc) cores)"
