#!/usr/bin/env bash
# Builds the DocC documentation of every library module from its catalog (Sources/<Module>/<Module>.docc)
# and the symbol graphs of the built code, with warnings as errors: a topic or a ``link`` to a symbol
# that no longer exists fails. Archives go to out/docs/<Module>.doccarchive.
#
#   scripts/docs.sh            (after `swift build`; uses the toolchain's own docc, no package plugin)
#
# The samples in the documentation are compiled and run by the DocSamplesTests target instead
# (`swift test --filter DocSamples`): DocC does not compile code listings.
set -euo pipefail
cd "$(dirname "$0")/.."
MODULES=(LedeCore LedeExtract LedeLanguage LedeNarrate LedeSpeech LedeStore LedeServer LedeBatch)
swift package dump-symbol-graph --minimum-access-level public >&2
echo "docs: symbol graphs in ${SECONDS} s" >&2
GRAPHS=$(find .build -maxdepth 3 -type d -name symbolgraph | head -1)
[[ -n $GRAPHS ]] || { echo "docs: no symbol graphs under .build" >&2; exit 1; }
mkdir -p out/docs
for module in "${MODULES[@]}"; do
    # One module's graphs (its own and its extensions of other modules), apart from the rest.
    only=$(mktemp -d)
    cp "$GRAPHS/$module".symbols.json "$only/"
    cp "$GRAPHS/$module"@*.symbols.json "$only/" 2>/dev/null || true
    rm -rf "out/docs/$module.doccarchive"
    docc convert "Sources/$module/$module.docc" --additional-symbol-graph-dir "$only" \
        --fallback-display-name "$module" --fallback-bundle-identifier "lede.$module" \
        --output-path "out/docs/$module.doccarchive" --warnings-as-errors >&2
    rm -rf "$only"
    echo "docs: $module ok" >&2
done
echo "docs: ${#MODULES[@]} modules in ${SECONDS} s" >&2
