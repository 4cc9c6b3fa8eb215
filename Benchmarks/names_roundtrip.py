#!/usr/bin/env python3
"""Round trip for names: how often Whisper writes a name as the article spells it, per reading.

    names_roundtrip.py CANDIDATES.tsv [--voice piper:en_US-joe-medium] [--out DIR]

CANDIDATES.tsv: one name and one reading per line, tab-separated; the reading is a lexicon reading
(`keev`, `/kˈiːv/`, `pl:Kijiw`) or `-` for the voice's own rules. Every reading is spoken in the
same carrier sentence ("We spoke to NAME yesterday.") by `lede listen` with a generated lexicon, each
sentence is cut out by the timing map and transcribed alone with Whisper base, and the script prints,
per name, which readings came back spelled as written.
"""
import argparse
import json
import os
import subprocess
import sys
import wave

import numpy as np


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("candidates")
    ap.add_argument("--voice", default="piper:en_US-joe-medium")
    ap.add_argument("--out", default="Benchmarks/results/names")
    ap.add_argument("--lede", default=".build/release/lede")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rows = [l.rstrip("\n").split("\t") for l in open(args.candidates, encoding="utf-8") if l.strip() and not l.startswith("#")]
    lexicon, lines = [], ["Names", ""]
    for i, (name, reading) in enumerate(rows):
        # A made-up token per reading, so one lexicon holds every variant.
        token = name if reading == "-" else "Zq" + "".join(chr(ord("a") + int(d)) for d in str(i))
        if reading != "-":
            lexicon.append(f"{token}\t{reading}")
        lines.append(f"We spoke to {token} yesterday.")
        lines.append("")
    text_path = os.path.join(args.out, "names.txt")
    open(text_path, "w", encoding="utf-8").write("\n".join(lines))
    lex_path = os.path.join(args.out, "names.lexicon")
    open(lex_path, "w", encoding="utf-8").write("\n".join(lexicon) + "\n")
    wav_path = os.path.join(args.out, "names.wav")
    timings_path = os.path.join(args.out, "names.json")
    subprocess.run([args.lede, "listen", text_path, "-o", wav_path, "--timings", timings_path, "--lexicon", lex_path,
                    "--voice", args.voice, "--no-foreign-names", "--quiet", "--input-kind", "text"], check=True)
    timings = json.load(open(timings_path))["timings"]
    with wave.open(wav_path) as w:
        rate = w.getframerate()
        pcm = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float32) / 32768

    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "../../shared/bench/speech"))
    from faster_whisper import WhisperModel
    import asr_wer
    model = WhisperModel(str(asr_wer.assemble_model_dir()), device="cpu", compute_type="int8")
    body = [t for t in timings if t["block"] >= 0]
    results = {}
    for (name, reading), t in zip(rows, body):
        clip = pcm[t["startMs"] * rate // 1000: t["endMs"] * rate // 1000]
        # Whisper works at 16 kHz.
        idx = np.arange(0, len(clip), rate / 16000)
        clip16 = np.interp(idx, np.arange(len(clip)), clip).astype(np.float32)
        segments, _ = model.transcribe(clip16, language="en", beam_size=5)
        heard = " ".join(s.text.strip() for s in segments)
        ok = name.lower() in heard.lower()
        results.setdefault(name, []).append((reading, ok, heard))
    for name, rs in results.items():
        print(name)
        for reading, ok, heard in rs:
            print(f"  {'OK ' if ok else '   '} {reading:28} {heard}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
