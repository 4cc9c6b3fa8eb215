#!/usr/bin/env bash
# Extraction benchmark: Lede, resiliparse and trafilatura on the same pages, same run, one core each.
# Prints accuracy on both shared benchmarks (with their own scorers), pages/s and the ratio.
# Usage: Benchmarks/extraction.sh   (needs ../shared/bench; installs trafilatura, resiliparse into .venv-bench)
# With LEDE_SHARED set (see Benchmarks/make_zyte_rest.py) it also scores the 98 Zyte pages not in ../shared.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH=../shared/bench
[ -d "$BENCH/extraction" ] || { echo "extraction.sh: $BENCH is absent; nothing to measure" >&2; exit 1; }
mkdir -p out
if [ ! -x .venv-bench/bin/python ] || ! .venv-bench/bin/python -c "import trafilatura, resiliparse" 2>/dev/null; then
    python3 -m venv .venv-bench
    .venv-bench/bin/pip install -q "trafilatura>=2.3,<2.4" lxml_html_clean "resiliparse>=2.0,<2.1"
fi
swift build -c release --scratch-path .build-release --product lede >&2
LEDE=.build-release/release/lede

run() {  # name pages-dir scorer ground-truth
    local name=$1 pages=$2 scorer=$3 gt=$4
    echo "== $name"
    local lede_line peer_line resi_line
    lede_line=$(taskset -c 0 "$LEDE" bench extraction --pages "$pages" --out "out/$name-lede.json")
    resi_line=$(taskset -c 0 .venv-bench/bin/python Benchmarks/peer_resiliparse.py "$pages" "out/$name-resiliparse.json")
    peer_line=$(taskset -c 0 .venv-bench/bin/python Benchmarks/peer_trafilatura.py "$pages" "out/$name-trafilatura.json")
    echo "$lede_line"; echo "$resi_line"; echo "$peer_line"
    echo "lede:        $(python3 "$scorer" "$gt" "out/$name-lede.json")"
    echo "resiliparse: $(python3 "$scorer" "$gt" "out/$name-resiliparse.json")"
    echo "trafilatura: $(python3 "$scorer" "$gt" "out/$name-trafilatura.json")"
    python3 - "$lede_line" "$resi_line" "$peer_line" <<'PY'
import re, sys
a, r, b = (float(re.search(r'= ([\d.]+) pages/s', s).group(1)) for s in sys.argv[1:4])
print(f"speed ratio lede/resiliparse: {a / r:.2f}x ({a:.0f} vs {r:.0f} pages/s, one core)")
print(f"speed ratio lede/trafilatura: {a / b:.1f}x ({a:.0f} vs {b:.1f} pages/s, one core)")
PY
}
run extraction "$BENCH/extraction/pages" "$BENCH/extraction/score.py" "$BENCH/extraction/ground-truth.json"
run wcxb "$BENCH/extraction-wcxb/pages" "$BENCH/extraction-wcxb/score.py" "$BENCH/extraction-wcxb/ground-truth"
# The unseen set: the Zyte benchmark's other 98 pages, never tuned on (made by
# Benchmarks/make_zyte_rest.py from a clone of the benchmark; read from $LEDE_SHARED or ../shared).
REST=${LEDE_SHARED:-../shared}/bench/extraction-zyte-rest
if [ -f "$REST/ground-truth.json" ]; then
    run zyte-unseen "$REST/pages" "$BENCH/extraction/score.py" "$REST/ground-truth.json"
else
    echo "== zyte-unseen: skipped ($REST/ground-truth.json is absent; see Benchmarks/make_zyte_rest.py)"
fi
