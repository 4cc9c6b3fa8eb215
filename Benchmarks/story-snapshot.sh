#!/usr/bin/env bash
# Snapshot of everything the language stage outputs on the benchmark pages, for speed work that must
# not change a byte: every page's full story as `lede story --format json`, the `lede batch --story`
# lines (the compact JSON writer), the counts `lede bench story` prints, and the name tagger's
# `lede train names --evaluate` figures.
# Usage: Benchmarks/story-snapshot.sh LEDE_BINARY OUT_DIR
#        diff -r before/ after/    # empty when the output is unchanged
set -euo pipefail
cd "$(dirname "$0")/.."
LEDE=${1:?usage: story-snapshot.sh LEDE_BINARY OUT_DIR}
OUT=${2:?usage: story-snapshot.sh LEDE_BINARY OUT_DIR}
BENCH=../shared/bench
[ -d "$BENCH/extraction/pages" ] || { echo "story-snapshot.sh: $BENCH is absent; nothing to snapshot" >&2; exit 1; }
mkdir -p "$OUT/story"
PAGES=$(mktemp -d)
trap 'rm -rf "$PAGES"' EXIT
for page in "$BENCH"/extraction/pages/*.html.gz; do
    id=$(basename "$page" .html.gz)
    gunzip -c "$page" > "$PAGES/$id.html"
    "$LEDE" story "$PAGES/$id.html" --format json > "$OUT/story/$id.json"
done
"$LEDE" batch "$PAGES" --story --out "$PAGES.jsonl" --jobs 1 >/dev/null
# The pages' temporary folder is dropped from each line's url.
sed "s#$PAGES/##g" "$PAGES.jsonl" > "$OUT/batch-story.jsonl"
rm "$PAGES.jsonl"
# The counts line only (timings differ from run to run).
"$LEDE" bench story --pages "$BENCH/extraction/pages" --repeats 1 | grep -o '([0-9]* sentences.*people)' > "$OUT/counts.txt"
if [ -d "$BENCH/ner" ]; then
    # Load times are dropped: they differ from run to run.
    "$LEDE" train names --data "$BENCH/ner" --evaluate 2>&1 | sed -E 's/,? *loaded( once)? in [0-9.]+ ms//' > "$OUT/names-evaluate.txt"
fi
ls "$OUT/story" | wc -l
cat "$OUT/counts.txt"
