#!/usr/bin/env python3
"""Prepare a Piper voice for sherpa-onnx: copy the model with the metadata sherpa reads, and a tokens.txt.

    convert_piper_voice.py VOICE.onnx VOICE.onnx.json OUT_DIR [ORIGIN]

Writes OUT_DIR/model.onnx, OUT_DIR/tokens.txt and OUT_DIR/voice.json (where the voice came from and
its settings, read by `lede voices`; ORIGIN says where the files came from). Runs once from scripts/setup.sh; needs the PyPI package `onnx`.
"""

import json
import os
import sys

import onnx


def tokens_lines(phoneme_id_map):
    """One `SYMBOL ID` line per symbol, ordered by id; the space symbol starts its line with a space."""
    pairs = []
    for symbol, ids in phoneme_id_map.items():
        for i in ids:
            pairs.append((i, symbol))
    pairs.sort()
    return [f"{symbol} {i}\n" for i, symbol in pairs]


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    model_path, config_path, out_dir = sys.argv[1:4]
    origin = sys.argv[4] if len(sys.argv) == 5 else os.path.abspath(model_path)
    with open(config_path, encoding="utf-8") as f:
        config = json.load(f)

    sample_rate = config["audio"]["sample_rate"]
    espeak_voice = config.get("espeak", {}).get("voice", "en-us")
    inference = config.get("inference", {})
    metadata = {
        # sherpa-onnx picks its Piper code path from these keys.
        "model_type": "vits",
        "comment": "piper",
        "language": config.get("language", {}).get("name_english", "English"),
        "voice": espeak_voice,
        "has_espeak": 1,
        "n_speakers": config.get("num_speakers", 1),
        "sample_rate": sample_rate,
    }

    os.makedirs(out_dir, exist_ok=True)
    model = onnx.load(model_path)
    existing = {p.key for p in model.metadata_props}
    for key, value in metadata.items():
        if key in existing:
            continue
        prop = model.metadata_props.add()
        prop.key = key
        prop.value = str(value)
    tmp = os.path.join(out_dir, "model.onnx.tmp")
    onnx.save(model, tmp)
    os.replace(tmp, os.path.join(out_dir, "model.onnx"))

    with open(os.path.join(out_dir, "tokens.txt"), "w", encoding="utf-8") as f:
        f.writelines(tokens_lines(config["phoneme_id_map"]))

    name = os.path.basename(model_path)[: -len(".onnx")]
    info = {
        "name": name,
        "origin": origin,
        "sampleRate": sample_rate,
        "espeakVoice": espeak_voice,
        "noiseScale": inference.get("noise_scale", 0.667),
        "lengthScale": inference.get("length_scale", 1.0),
        "noiseW": inference.get("noise_w", 0.8),
    }
    with open(os.path.join(out_dir, "voice.json"), "w", encoding="utf-8") as f:
        json.dump(info, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
