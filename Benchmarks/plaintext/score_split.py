#!/usr/bin/env python3
"""Word F1 (the WCXB scorer's own word_f1) of predictions on the train and held-out halves.
The split is the trainer's: FNV-1a of the page id, odd = held out (LineModelTrainer.isHeldOut).

Usage: score_split.py BENCH_DIR SET PRED.json [PRED.json …]   (SET: wcxb, zyte or zyte-rest)
A PRED may also be `dump:DIR` (keep the whole dump, the baseline). SET zyte-rest is the Zyte
benchmark's 98 pages outside ../shared ($ZYTE_REST, else BENCH_DIR/extraction-zyte-rest; see make_zyte_rest.py): the
line model never trained on any of them, so one figure over all of them is printed ("unseen")."""
import importlib.util, json, os, sys
from pathlib import Path

def held_out(pid):
    h = 0xcbf29ce484222325
    for b in pid.encode():
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h % 2 == 1

def main():
    bench, kind, preds = Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
    spec = importlib.util.spec_from_file_location('wcxb_score', bench / 'extraction-wcxb' / 'score.py')
    scorer = importlib.util.module_from_spec(spec); spec.loader.exec_module(scorer)
    if kind == 'wcxb':
        gold = {}
        for g in sorted((bench / 'extraction-wcxb' / 'ground-truth').glob('*.json')):
            body = json.load(open(g))['ground_truth'].get('main_content')
            if body is not None: gold[g.stem] = body
    else:
        folder = Path(os.environ.get('ZYTE_REST', bench / 'extraction-zyte-rest')) if kind == 'zyte-rest' else bench / 'extraction'
        gold = {k: v['articleBody'] for k, v in json.load(open(folder / 'ground-truth.json')).items()}
    for p in preds:
        if p.startswith('dump:'):
            d = Path(p[5:]); pred = {k: (d / f'{k}.txt').read_text(errors='replace') if (d / f'{k}.txt').exists() else '' for k in gold}
        else:
            pred = {k: v.get('articleBody', '') for k, v in json.load(open(p)).items()}
        halves = {'unseen': []} if kind == 'zyte-rest' else {'train': [], 'held-out': []}
        for k, body in gold.items():
            half = 'unseen' if kind == 'zyte-rest' else 'held-out' if held_out(k) else 'train'
            halves[half].append(scorer.word_f1(pred.get(k, ''), body))
        print(f'  {p:<44} ' + '  '.join(f'{h} F1 {sum(v) / max(1, len(v)):.4f} (n={len(v)})' for h, v in halves.items()))

if __name__ == '__main__': main()
