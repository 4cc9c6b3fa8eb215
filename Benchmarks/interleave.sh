#!/usr/bin/env bash
# Before/after speed of two lede builds on both extraction benchmarks, interleaved on one core with
# resiliparse in the same loop (the machine is shared: interleaving spreads the noise over all three).
# Prints every run's pages/s (CPU time) and the medians with the ratios.
# Usage: Benchmarks/interleave.sh BEFORE_LEDE AFTER_LEDE [ROUNDS]   (needs ../shared/bench, .venv-bench)
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE=$1 AFTER=$2 ROUNDS=${3:-5}
BENCH=../shared/bench
LOG=$(mktemp)
for set in extraction extraction-wcxb; do
    for r in $(seq "$ROUNDS"); do
        for who in before after resiliparse; do
            case $who in
                before) line=$(taskset -c 0 "$BEFORE" bench extraction --pages "$BENCH/$set/pages" --out /tmp/interleave-b.json --repeats 3) ;;
                after) line=$(taskset -c 0 "$AFTER" bench extraction --pages "$BENCH/$set/pages" --out /tmp/interleave-a.json --repeats 3) ;;
                resiliparse) line=$(taskset -c 0 .venv-bench/bin/python Benchmarks/peer_resiliparse.py "$BENCH/$set/pages" /tmp/interleave-r.json) ;;
            esac
            rate=$(echo "$line" | sed -E 's/.*= ([0-9.]+) pages\/s.*/\1/')
            echo "$set $who $r $rate" | tee -a "$LOG"
        done
    done
done
python3 - "$LOG" <<'PY'
import sys, statistics, collections
runs = collections.defaultdict(list)
for line in open(sys.argv[1]):
    s, who, _, rate = line.split()
    runs[(s, who)].append(float(rate))
for s in ('extraction', 'extraction-wcxb'):
    m = {w: statistics.median(runs[(s, w)]) for w in ('before', 'after', 'resiliparse')}
    print(f"{s}: median pages/s before {m['before']:.1f}, after {m['after']:.1f} ({m['after'] / m['before']:.2f}x), "
          f"resiliparse {m['resiliparse']:.1f}; lede/resiliparse before {m['before'] / m['resiliparse']:.2f}x, after {m['after'] / m['resiliparse']:.2f}x")
PY
