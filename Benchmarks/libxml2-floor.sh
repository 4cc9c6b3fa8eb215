#!/usr/bin/env bash
# The floor libxml2 sets for extraction speed: its HTML parser on the 83 extraction pages, with the
# tree (as Lede parses) and tokenising only (empty SAX callbacks), on the raw pages and after the
# same kind of script/style/svg/comment stripping Lede's pre-pass does. One core.
# Usage: Benchmarks/libxml2-floor.sh   (needs ../shared/bench and Debian's libxml2-dev, gcc)
set -euo pipefail
cd "$(dirname "$0")/.."
PAGES=../shared/bench/extraction/pages
[ -d "$PAGES" ] || { echo "libxml2-floor.sh: $PAGES is absent; nothing to measure" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/raw" "$WORK/stripped"
for f in "$PAGES"/*.html.gz; do gzip -dc "$f" > "$WORK/raw/$(basename "$f" .gz)"; done
# An approximation of MarkupPrefilter in Python (the timing is of the parser, not of this step).
python3 - "$WORK/raw" "$WORK/stripped" <<'PY'
import re, sys, pathlib
src, dst = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
body = re.compile(rb'(?is)(<script(?![^>]*ld\+json)[^>]*>).*?(</script)|(<style[^>]*>).*?(</style)|(<svg[^>]*>).*?(</svg)')
for page in src.iterdir():
    b = body.sub(lambda m: b''.join(x for x in m.groups() if x), page.read_bytes())
    (dst / page.name).write_bytes(re.sub(rb'(?s)<!--.*?-->', b'', b))
PY
gcc -O2 $(pkg-config --cflags libxml-2.0) Benchmarks/libxml2-floor/floor.c $(pkg-config --libs libxml-2.0) -o "$WORK/floor"
echo "raw pages ($(du -sb "$WORK/raw" | cut -f1) bytes):"
taskset -c 0 "$WORK/floor" "$WORK"/raw/*.html
echo "after stripping scripts, styles, svg and comments ($(du -sb "$WORK/stripped" | cut -f1) bytes):"
taskset -c 0 "$WORK/floor" "$WORK"/stripped/*.html
