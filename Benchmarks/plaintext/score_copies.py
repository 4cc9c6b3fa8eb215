#!/usr/bin/env python3
"""Scores Lede's plain-text path on the hand-written house-style copies
(Tests/LedeExtractTests/Fixtures/house-styles): kept body lines (paragraphs and headings) against
NAME.body.txt, and the headline, figures (caption, credit), byline and date against index.json.

Usage: score_copies.py LEDE [FIXTURES]   (LEDE: a built `lede`; FIXTURES defaults to the house-styles folder)
Prints one row a copy, then kept body lines over kept lines and over body lines (and body lines made a
figure's caption, a bar: none) for each round, for
rounds 8 on (never trained on by the line model; rules tuned on rounds 8 and 9, round 10 never tuned on) and for the earlier copies by the line model's split (FNV-1a 64 of
"copy:NAME", odd = held out, as `lede train lines --copies` splits them)."""
import json, subprocess, sys
from pathlib import Path

def fnv_odd(s: str) -> bool:
    h = 0xcbf29ce484222325
    for b in s.encode():
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h % 2 == 1

def main():
    lede = sys.argv[1]
    folder = Path(sys.argv[2] if len(sys.argv) > 2 else 'Tests/LedeExtractTests/Fixtures/house-styles')
    index = json.loads((folder / 'index.json').read_text())
    groups = {}
    def add(group, right, kept, body, meta):
        g = groups.setdefault(group, [0, 0, 0, 0, 0, 0])
        g[0] += right; g[1] += kept; g[2] += body; g[3] += meta[0]; g[4] += meta[1]; g[5] += meta[2]
    for name, want in sorted(index.items(), key=lambda kv: (kv[1]['round'], kv[0])):
        out = subprocess.run([lede, 'read', '--input-kind', 'text', '--format', 'json', str(folder / f'{name}.txt')],
                             capture_output=True, text=True)
        art = json.loads(out.stdout) if out.returncode == 0 else {}
        blocks = art.get('blocks', [])
        kept = [b['text'] for b in blocks if b.get('type') in ('paragraph', 'heading')]
        figs = [[b.get('caption') or '', b.get('credit') or ''] for b in blocks if b.get('type') == 'figure']
        body = (folder / f'{name}.body.txt').read_text().splitlines()
        right = sum(1 for k in kept if k in body)
        made_captions = sum(1 for c, _ in figs if c in body)
        checks = {'title': art.get('title') == want['title'], 'figures': figs == want['figures']}
        if 'authors' in want: checks['byline'] = art.get('authors', []) == want['authors']
        if 'published' in want: checks['date'] = art.get('published') == want['published']
        wrong = [k for k, ok in checks.items() if not ok]
        meta = (sum(checks.values()), len(checks), made_captions)
        print(f"r{want['round']} {name:24s} kept {right}/{len(kept)} recall {right}/{len(body)}  "
              + ('all metadata right' if not wrong else 'wrong: ' + ', '.join(wrong))
              + (f"  (title {art.get('title')!r}, authors {art.get('authors')}, date {art.get('published')}, figures {figs})" if wrong else ''))
        add(f"round {want['round']}", right, len(kept), len(body), meta)
        add(f"round {want['round']} (never trained on)" if want['round'] >= 8 else
            ('rounds 0-7, copies held out of training (odd FNV-1a)' if fnv_odd('copy:' + name) else 'rounds 0-7, training copies (even)'),
            right, len(kept), len(body), meta)
        add('all', right, len(kept), len(body), meta)
    for g, (r, k, b, m, mt, mc) in groups.items():
        print(f"{g}: kept body lines {r}/{k} = {r / max(1, k):.3f} precision, {r}/{b} = {r / max(1, b):.3f} recall; metadata checks {m}/{mt}; "
              f"body lines made captions {mc}")

if __name__ == '__main__':
    main()
