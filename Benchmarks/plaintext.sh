#!/usr/bin/env bash
# Plain-text path on text-browser dumps of the benchmark pages (the whole visible page, as a user's
# scraped copy looks), scored with the WCXB word F1 on the train half and the held-out half of the
# line classifier's split. Beside it: keeping the whole dump (the baseline) and Lede's HTML path on
# the same pages.
# Usage: Benchmarks/plaintext.sh            (needs ../shared/bench, w3m and lynx: scripts/setup.sh;
#        the third dumper, html2text 2025.4.15, is installed into .venv-bench/ from PyPI)
#        With LEDE_SHARED set (Benchmarks/make_zyte_rest.py) it also reads dumps of the 98 unseen Zyte pages.
# Re-train the classifier (writes Sources/LedeExtract/PlainText/LineModelWeights.swift), then rebuild:
#   .build-release/release/lede train lines --dumps out/dumps --bench ../shared/bench \
#       --out Sources/LedeExtract/PlainText/LineModelWeights.swift --predict out/pred
# (--copies Tests/LedeExtractTests/Fixtures/house-styles --copy-weight W also trains on the train half of the
#  hand-labelled copies written before round 8 and prints every copy's kept body lines with the new weights;
#  Benchmarks/plaintext/score_copies.py LEDE scores a built binary on them;
#  --settings l2=1e-3,folds=5,averaged,sets=1,epochs=4 changes how the passes are fitted; --variant NAME=SETTINGS
#  (repeatable) also trains with other settings on the same labelled dumps into out/pred/NAME/;
#  --predict also reads every dump (and out/dumps/zyte-rest, never trained on) with the new weights, under the committed
#  prose-furniture pass, into out/pred/pt-SET-DUMPER.json; score them
#  without a rebuild: python3 Benchmarks/plaintext/score_split.py ../shared/bench wcxb out/pred/pt-wcxb-w3m.json)
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH=../shared/bench
[ -d "$BENCH/extraction-wcxb" ] || { echo "plaintext.sh: $BENCH is absent; nothing to measure" >&2; exit 1; }
command -v w3m >/dev/null && command -v lynx >/dev/null || { echo "plaintext.sh: needs w3m and lynx (apt-get install w3m lynx)" >&2; exit 1; }
mkdir -p out/dumps
[ -x .venv-bench/bin/python ] || python3 -m venv .venv-bench
.venv-bench/bin/python -c 'import html2text' 2>/dev/null || .venv-bench/bin/pip install -q html2text==2025.4.15
[ -d out/dumps/wcxb/html2text ] || .venv-bench/bin/python Benchmarks/plaintext/dump_pages.py "$BENCH/extraction-wcxb/pages" out/dumps/wcxb
[ -d out/dumps/zyte/html2text ] || .venv-bench/bin/python Benchmarks/plaintext/dump_pages.py "$BENCH/extraction/pages" out/dumps/zyte
[ -n "${LEDE:-}" ] || { swift build -c release --scratch-path .build-release --product lede >&2; LEDE=.build-release/release/lede; }
for set in wcxb zyte; do
    pages=$BENCH/extraction-wcxb/pages; [ $set = zyte ] && pages=$BENCH/extraction/pages
    "$LEDE" bench extraction --pages "$pages" --out "out/pt-$set-html.json" --repeats 1 >/dev/null
    for dumper in w3m lynx html2text; do
        echo "== $set pages dumped by $dumper"
        "$LEDE" bench extraction --text --pages "out/dumps/$set/$dumper" --out "out/pt-$set-$dumper.json" --repeats 1
        python3 Benchmarks/plaintext/score_split.py "$BENCH" $set "out/pt-$set-$dumper.json" "dump:out/dumps/$set/$dumper" "out/pt-$set-html.json"
    done
done
# The unseen set: dumps of the Zyte benchmark's 98 pages outside ../shared (Benchmarks/make_zyte_rest.py,
# read from $LEDE_SHARED or ../shared); the line model never trained on any of them.
REST=${LEDE_SHARED:-../shared}/bench/extraction-zyte-rest
if [ -f "$REST/ground-truth.json" ]; then
    [ -d out/dumps/zyte-rest/html2text ] || .venv-bench/bin/python Benchmarks/plaintext/dump_pages.py "$REST/pages" out/dumps/zyte-rest
    "$LEDE" bench extraction --pages "$REST/pages" --out out/pt-zyte-rest-html.json --repeats 1 >/dev/null
    for dumper in w3m lynx html2text; do
        echo "== unseen Zyte pages dumped by $dumper"
        "$LEDE" bench extraction --text --pages "out/dumps/zyte-rest/$dumper" --out "out/pt-zyte-rest-$dumper.json" --repeats 1
        ZYTE_REST=$REST python3 Benchmarks/plaintext/score_split.py "$BENCH" zyte-rest "out/pt-zyte-rest-$dumper.json" \
            "dump:out/dumps/zyte-rest/$dumper" out/pt-zyte-rest-html.json
    done
else
    echo "== unseen Zyte pages: skipped ($REST/ground-truth.json is absent; see Benchmarks/make_zyte_rest.py)"
fi
