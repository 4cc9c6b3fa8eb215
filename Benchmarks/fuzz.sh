#!/usr/bin/env bash
# Fuzzes both extraction paths with libFuzzer (+ AddressSanitizer) for N seconds (default 600).
# Usage: Benchmarks/fuzz.sh [SECONDS]. The corpus grows in fuzz-corpus/ (git-ignored); crashes are
# written to fuzz-corpus/crash-* and make the script fail.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-600}
SCRATCH=.build-fuzz
swift build --scratch-path "$SCRATCH" --target LedeExtract -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >&2
BIN="$SCRATCH/debug"
mkdir -p fuzz-corpus/seed fuzz-corpus/corpus
cp Tests/LedeExtractTests/Fixtures/*.txt Examples/*.html fuzz-corpus/seed/ 2>/dev/null || true
swiftc -sanitize=fuzzer,address -parse-as-library -I "$BIN/Modules" -I "$BIN" -I Sources/CLibXML2 -I /usr/include/libxml2 \
    Fuzz/FuzzArticleReader.swift "$BIN"/LedeExtract.build/*.o "$BIN"/LedeCore.build/*.o \
    $(find "$BIN" -path '*swift-log*' -name '*.o' -o -path '*Logging.build*' -name '*.o' | sort -u) \
    -lxml2 -o "$SCRATCH/fuzz-article-reader"
cd fuzz-corpus
../"$SCRATCH"/fuzz-article-reader -max_total_time="$SECONDS_TO_RUN" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 corpus seed 2>&1 | tail -25
