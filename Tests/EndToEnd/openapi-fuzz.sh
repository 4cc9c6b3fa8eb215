#!/usr/bin/env bash
# Fuzzes the JSON API and pages of `lede serve` from its own OpenAPI document with schemathesis
# (PyPI, installed into .venv-schemathesis): no 5xx answer, every status code and content type as
# documented, across the example, coverage, fuzzing and stateful phases.
#
#   Tests/EndToEnd/openapi-fuzz.sh            # EXAMPLES=200 Tests/EndToEnd/openapi-fuzz.sh for more
set -euo pipefail
cd "$(dirname "$0")/../.."
EXAMPLES=${EXAMPLES:-50}
VENV=.venv-schemathesis
if [[ ! -x $VENV/bin/schemathesis ]]; then
    python3 -m venv $VENV
    $VENV/bin/pip install -q schemathesis==4.32.5
fi
swift build --product lede >&2
LEDE=$PWD/.build/debug/lede
WORK=$(mktemp -d)
PORT=$((20000 + RANDOM % 20000))
TOKEN=fuzz-token-$(date +%s)-0123456789
echo "$TOKEN" > "$WORK/tokens"
cleanup() {
    [[ -n ${SERVER:-} ]] && kill "$SERVER" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
$LEDE add Examples/harbour-ferry.html --data "$WORK/data" --voice espeak:en-us >&2
$LEDE serve --data "$WORK/data" --port $PORT --token-file "$WORK/tokens" --voice espeak:en-us > "$WORK/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.1; done
# Run from the scratch folder: schemathesis keeps its state in ./.schemathesis.
SCHEMATHESIS=$PWD/$VENV/bin/schemathesis
(cd "$WORK" && $SCHEMATHESIS run "http://127.0.0.1:$PORT/openapi.json" -H "Authorization: Bearer $TOKEN" \
    --max-examples "$EXAMPLES" --checks not_a_server_error,status_code_conformance,content_type_conformance)
