#!/usr/bin/env bash
# Re-narration benchmark: the seed article narrated with a sentence audio cache (the first
# narration, which fills it), then a copy with one sentence rewritten narrated again with the cache
# (only that sentence is rendered), and the same copy narrated without it (every sentence rendered:
# the peer, what a re-narration cost before). Prints the three times, how many sentences came from
# the cache, and the ratio of the full render to the cached one.
#
#   Benchmarks/renarrate.sh                  # VOICE=piper:en_US-joe-medium for the slower voice
#                                            # THREADS=2 for two voice instances (default 1)
#
# Needs scripts/setup.sh first (the voice). LEDE=path/to/a/release/lede skips the build.
set -euo pipefail
cd "$(dirname "$0")/.."
SEED=../shared/seed/belarus-volunteers.txt
if [[ ! -f $SEED ]]; then
    echo "renarrate bench: $SEED is absent (third-party data in ../shared); skipped" >&2
    exit 0
fi
VOICE=${VOICE:-hibari:heart}
THREADS=${THREADS:-1}
if [[ -z ${LEDE:-} ]]; then
    swift build -c release --product lede >&2
    LEDE=.build/release/lede
fi
OUT=Benchmarks/results/renarrate
rm -rf $OUT && mkdir -p $OUT/cache

# The copy: the middle sentence of the narration (as Lede reads the seed) rewritten.
$LEDE listen $SEED -o $OUT/probe.wav --voice espeak:en-us --script $OUT/script.json --quiet 2>/dev/null
python3 - "$SEED" "$OUT/script.json" > $OUT/changed.txt <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
segments = [s for s in json.load(open(sys.argv[2]))["segments"] if s["span"]["block"] >= 0]
middle = segments[len(segments) // 2]["text"]
assert middle in text, middle
print(text.replace(middle, "By the morning the editors had rewritten this sentence with new figures.", 1), end="")
sys.stderr.write(f"rewritten: {middle!r}\n")
PY

run() {  # name, input, extra options…
    local name=$1 input=$2; shift 2
    local start end
    start=$(date +%s.%N)
    $LEDE listen "$input" -o $OUT/$name.mp3 --voice $VOICE --threads $THREADS --quiet "$@" 2> $OUT/$name.log
    end=$(date +%s.%N)
    python3 -c "print($end - $start)"
}
first=$(run first $SEED --cache $OUT/cache)
again=$(run again $OUT/changed.txt --cache $OUT/cache)
full=$(run full $OUT/changed.txt)
sentences=$(grep -o '[0-9]* of [0-9]* sentences from the cache' $OUT/again.log || echo "? of ?")
echo "voice $VOICE, $THREADS thread(s), $(grep -o '[0-9.]* s of audio' $OUT/full.log | head -1)"
printf "first narration (filling the cache)   %6.2f s\n" "$first"
printf "one sentence changed, with the cache  %6.2f s  (%s)\n" "$again" "$sentences"
printf "one sentence changed, without (peer)  %6.2f s\n" "$full"
printf "ratio full / cached re-narration      %6.1fx\n" "$(python3 -c "print($full / $again)")"
