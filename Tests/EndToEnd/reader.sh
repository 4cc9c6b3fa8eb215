#!/usr/bin/env bash
# End-to-end test of the reader in a real browser: starts `lede serve` on a temporary library, adds
# the bundled example, waits for its narration (eSpeak voice, quick), opens the article in headless
# Chromium driven through chromedriver, plays it, and checks that the highlighted sentence follows
# the audio, that clicking a sentence seeks there and that → moves to the next sentence. Saves a
# screenshot to out/e2e/reader.png (the CI artifact).
#
#   Tests/EndToEnd/reader.sh
#
# Needs the Debian packages chromium and chromium-driver (apt-get install chromium chromium-driver).
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in chromium chromedriver curl python3; do
    command -v $tool >/dev/null || { echo "reader e2e: $tool is missing (apt-get install chromium chromium-driver)" >&2; exit 1; }
done
swift build --product lede >&2
LEDE=$PWD/.build/debug/lede
WORK=$(mktemp -d)
PORT=$((20000 + RANDOM % 20000))
DRIVER_PORT=$((PORT + 1))
cleanup() {
    [[ -n ${SERVER:-} ]] && kill "$SERVER" 2>/dev/null || true
    [[ -n ${DRIVER:-} ]] && kill "$DRIVER" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# The quotations in a voice of their own: their parts are spans of their own, marked, and timed too.
$LEDE add Examples/harbour-ferry.html --data "$WORK/data" --voice espeak:en-us --quote-voice espeak:en >&2
$LEDE serve --data "$WORK/data" --port $PORT --voice espeak:en-us > "$WORK/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 300); do
    if curl -sf "http://127.0.0.1:$PORT/api/articles/1" 2>/dev/null | grep -q '"narration"'; then break; fi
    sleep 0.2
done
curl -sf "http://127.0.0.1:$PORT/api/articles/1" | grep -q '"narration"' || { echo "reader e2e: narration did not finish" >&2; cat "$WORK/serve.log" >&2; exit 1; }

chromedriver --port=$DRIVER_PORT > "$WORK/driver.log" 2>&1 &
DRIVER=$!
mkdir -p out/e2e
python3 Tests/EndToEnd/reader_e2e.py "http://127.0.0.1:$DRIVER_PORT" "http://127.0.0.1:$PORT/articles/1" out/e2e/reader.png
