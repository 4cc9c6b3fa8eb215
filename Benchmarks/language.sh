#!/usr/bin/env bash
# Language-stage benchmark: sentence splitting on the Golden Rules (Lede and pySBD, same data, same
# run), then extraction + story building over the 83 pages of ../shared/bench/extraction, one core.
# Usage: Benchmarks/language.sh     (needs ../shared/bench; installs pysbd into .venv-bench)
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH=../shared/bench
[ -d "$BENCH/sentences" ] || { echo "language.sh: $BENCH is absent; nothing to measure" >&2; exit 1; }
if [ ! -x .venv-bench/bin/python ]; then python3 -m venv .venv-bench; fi
.venv-bench/bin/python -c "import pysbd" 2>/dev/null || .venv-bench/bin/pip install -q "pysbd==0.3.4"
swift build -c release --scratch-path .build-release --product lede >&2
LEDE=.build-release/release/lede

echo "== sentences (Golden Rules, $BENCH/sentences/golden_rules_en.jsonl)"
"$LEDE" bench sentences --rules "$BENCH/sentences/golden_rules_en.jsonl" | tail -1
.venv-bench/bin/python Benchmarks/peer_pysbd.py "$BENCH/sentences/golden_rules_en.jsonl"

echo "== story (extract + sentences, quotes, people) over $BENCH/extraction/pages"
taskset -c 0 "$LEDE" bench story --pages "$BENCH/extraction/pages"
