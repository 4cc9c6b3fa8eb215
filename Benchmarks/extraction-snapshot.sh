#!/usr/bin/env bash
# Snapshot of everything the HTML path outputs on the benchmark pages, for speed work that must
# not change a byte: every page's full Article JSON (blocks, removed, metadata) through `lede
# batch`, and the benchmark's prediction files through `lede bench extraction`.
# Usage: Benchmarks/extraction-snapshot.sh LEDE_BINARY OUT_DIR
#        diff -r before/ after/    # empty when the output is unchanged
set -euo pipefail
cd "$(dirname "$0")/.."
LEDE=${1:?usage: extraction-snapshot.sh LEDE_BINARY OUT_DIR}
OUT=${2:?usage: extraction-snapshot.sh LEDE_BINARY OUT_DIR}
BENCH=../shared/bench
[ -d "$BENCH/extraction" ] || { echo "extraction-snapshot.sh: $BENCH is absent; nothing to snapshot" >&2; exit 1; }
mkdir -p "$OUT"
for name in extraction extraction-wcxb; do
    "$LEDE" batch "$BENCH/$name/pages" --out "$OUT/$name.jsonl" --jobs 2 >/dev/null
    "$LEDE" bench extraction --pages "$BENCH/$name/pages" --out "$OUT/$name-predictions.json" --repeats 1 >/dev/null
done
wc -l "$OUT"/*.jsonl
