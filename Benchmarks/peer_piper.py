#!/usr/bin/env python3
"""Peer for the speech benchmark: PyPI piper-tts narrating a passage with the same Piper voice.

    peer_piper.py MODEL.onnx PASSAGE.txt OUT.wav [--threads N]

Speaks the passage one paragraph (line) at a time, as piper-tts's own command line does, writes a
16-bit WAV and prints one JSON line: audio seconds, synthesis wall seconds (model load excluded),
load seconds and peak RSS in MiB.
"""
import argparse
import json
import os
import resource
import sys
import time
import wave


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("passage")
    ap.add_argument("out")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--length-scale", type=float, default=None, help="default: the voice's own")
    ap.add_argument("--noise-scale", type=float, default=None)
    ap.add_argument("--noise-w", type=float, default=None)
    args = ap.parse_args()
    # onnxruntime reads these when its session is created: pin the peer to the same thread count
    # as Lede's run.
    os.environ["OMP_NUM_THREADS"] = str(args.threads)
    import onnxruntime
    from piper import PiperVoice, SynthesisConfig

    opts = onnxruntime.SessionOptions()
    opts.intra_op_num_threads = args.threads
    opts.inter_op_num_threads = 1
    t0 = time.perf_counter()
    voice = PiperVoice.load(args.model)
    # Rebuild the session with the thread settings (PiperVoice.load uses the defaults).
    voice.session = onnxruntime.InferenceSession(args.model, sess_options=opts, providers=["CPUExecutionProvider"])
    load_s = time.perf_counter() - t0

    config = SynthesisConfig(length_scale=args.length_scale, noise_scale=args.noise_scale,
                             noise_w_scale=args.noise_w)
    lines = [l.strip() for l in open(args.passage, encoding="utf-8") if l.strip()]
    rate = voice.config.sample_rate
    t1 = time.perf_counter()
    first_audio = None
    frames = []
    for line in lines:
        for chunk in voice.synthesize(line, syn_config=config):
            if first_audio is None:
                first_audio = time.perf_counter() - t1
            frames.append(chunk.audio_int16_bytes)
    synth_s = time.perf_counter() - t1
    with wave.open(args.out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        for f in frames:
            w.writeframes(f)
    samples = sum(len(f) for f in frames) // 2
    print(json.dumps({
        "engine": "piper-tts",
        "audio_s": samples / rate,
        "synthesis_s": synth_s,
        "load_s": load_s,
        "first_audio_s": first_audio,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
