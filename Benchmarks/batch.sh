#!/usr/bin/env bash
# Batch benchmark: `lede batch` on a WARC of the benchmark pages (whole command timed: reading,
# inflating, extracting, writing JSON), 1..N jobs, beside resiliparse on one core (extraction only,
# pages already in memory: the peer's most favourable case). Peak RSS from /usr/bin/time -v, also
# for a WARC of 10,000 records (memory must not grow with the file).
# Usage: Benchmarks/batch.sh [RECORDS]     (needs ../shared/bench; .venv-bench as extraction.sh makes it)
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH=../shared/bench
RECORDS=${1:-10000}
[ -d "$BENCH/extraction" ] || { echo "batch.sh: $BENCH is absent; nothing to measure" >&2; exit 1; }
mkdir -p out
swift build -c release --scratch-path .build-release --product lede >&2
LEDE=.build-release/release/lede
PAGES=("$BENCH/extraction/pages" "$BENCH/extraction-wcxb/pages")
ONE=out/bench-once.warc.gz
BIG=out/bench-$RECORDS.warc.gz
[ -f "$ONE" ] || python3 Benchmarks/make_warc.py "$ONE" "$(ls "${PAGES[0]}" "${PAGES[1]}" | grep -c html)" "${PAGES[@]}"
[ -f "$BIG" ] || python3 Benchmarks/make_warc.py "$BIG" "$RECORDS" "${PAGES[@]}"
RECS=$(ls "${PAGES[0]}" "${PAGES[1]}" | grep -c html)

# resiliparse: both page sets, one core, best of three.
resi_rates=()
for d in "${PAGES[@]}"; do
    line=$(taskset -c 0 .venv-bench/bin/python Benchmarks/peer_resiliparse.py "$d" out/batch-resiliparse.json)
    echo "$line"
    resi_rates+=("$(echo "$line" | sed -E 's/.* in ([0-9.]+) s CPU.*/\1/')")
done
RESI_SECONDS=$(python3 -c "import sys; print(sum(map(float, sys.argv[1:])))" "${resi_rates[@]}")
RESI_RATE=$(python3 -c "print($RECS / $RESI_SECONDS)")
printf "resiliparse, one core: %d pages in %.2f s = %.0f pages/s\n" "$RECS" "$RESI_SECONDS" "$RESI_RATE"

best_time() {  # cpus jobs warc -> best wall seconds of three, peak RSS (MB) and CPU seconds of the last
    local cpus=$1 jobs=$2 warc=$3 best=999999 rss=0 cpu=0
    for _ in 1 2 3; do
        /usr/bin/time -v -o out/batch-time.txt taskset -c "$cpus" "$LEDE" batch "$warc" --jobs "$jobs" --out out/batch.jsonl 2>/dev/null
        local t
        t=$(python3 - <<'PY'
import re
s = open('out/batch-time.txt').read()
m = re.search(r'Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)', s)
print((int(m.group(1) or 0) * 3600) + int(m.group(2)) * 60 + float(m.group(3)))
PY
)
        rss=$(grep "Maximum resident" out/batch-time.txt | awk '{print int($6 / 1024)}')
        cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' out/batch-time.txt)
        best=$(python3 -c "print(min($best, $t))")
    done
    echo "$best $rss $cpu"
}

NCPU=$(nproc)
echo "== lede batch on $ONE ($RECS records), whole command, best of 3"
for jobs in $(seq 1 "$NCPU"); do
    cpus=$(seq -s, 0 $((jobs - 1)))
    read -r t rss cpu < <(best_time "$cpus" "$jobs" "$ONE")
    # CPU seconds beside the wall time: on a machine shared with other work the wall time waits for it.
    python3 -c "r = $RECS / $t; print(f'jobs $jobs (cores $cpus): {$t:.2f} s = {r:.0f} pages/s, {r / $RESI_RATE:.2f}x resiliparse-on-one-core, peak RSS ${rss} MB; {$cpu:.2f} s CPU = {$RECS / $cpu:.0f} pages per CPU-second ({$RECS / $cpu / $RESI_RATE:.2f}x)')"
done
echo "== memory: lede batch on $BIG ($RECORDS records), all cores"
/usr/bin/time -v -o out/batch-time.txt "$LEDE" batch "$BIG" --out out/batch-big.jsonl
grep -E "Elapsed|Maximum resident" out/batch-time.txt
echo "lines written: $(wc -l < out/batch-big.jsonl)"
