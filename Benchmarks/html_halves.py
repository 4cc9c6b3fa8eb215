#!/usr/bin/env python3
"""HTML path by half: scores Lede's predictions on the tune half and the held-out half of both
benchmarks with each benchmark's own scorer. Pages are split by FNV-1a (64-bit) of their id:
even = tune (rules are changed looking at these), odd = held out (only measured).

Usage: html_halves.py BENCH_DIR ZYTE_PRED.json WCXB_PRED.json [--worst N]
  (predictions as `lede bench extraction --out` writes them)
--worst N also lists the N worst tune-half pages of each benchmark (never held-out ones)."""
import importlib.util, json, sys, tempfile
from pathlib import Path

def held_out(pid):
    h = 0xcbf29ce484222325
    for b in pid.encode():
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h % 2 == 1

def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m

def main():
    bench, zpred_path, wpred_path = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    worst = int(sys.argv[sys.argv.index('--worst') + 1]) if '--worst' in sys.argv else 0
    zs = load(bench / 'extraction' / 'score.py', 'zyte_score')
    ws = load(bench / 'extraction-wcxb' / 'score.py', 'wcxb_score')
    zgt = json.loads((bench / 'extraction' / 'ground-truth.json').read_text())
    zpred, _ = zs.load_prediction(zpred_path)
    wpred = json.load(open(wpred_path))
    gtdir = bench / 'extraction-wcxb' / 'ground-truth'
    for half, want in (('tune', False), ('held-out', True)):
        ids = [k for k in zgt if held_out(k) == want]
        m = zs.evaluate(zgt, zpred, ids, missing_as_empty=True)
        # The WCXB scorer reads a folder: give it this half's gold files only.
        with tempfile.TemporaryDirectory() as tmp:
            for g in gtdir.glob('*.json'):
                if held_out(g.stem) == want: (Path(tmp) / g.name).symlink_to(g.resolve())
            import io, contextlib
            out = io.StringIO()
            sys.argv = ['score.py', tmp, wpred_path, '--json']
            with contextlib.redirect_stdout(out): ws.main()
            w = json.loads(out.getvalue())
        print(f"{half:<8} zyte n={m['n']} F1={m['f1']:.4f} (P {m['precision']:.3f} R {m['recall']:.3f})   "
              f"wcxb n={w['n']} F1={w['f1']:.4f} title={w['title_accuracy']:.3f} author={w['author_accuracy']:.3f} "
              f"date={w['date_accuracy']:.3f}")
    if worst:
        rows = []
        for g in sorted(gtdir.glob('*.json')):
            if held_out(g.stem): continue
            gt = json.load(open(g))['ground_truth']
            if gt.get('main_content') is None: continue
            p = wpred.get(g.stem, {})
            pw, rw = ws.words(p.get('articleBody', '')), ws.words(gt['main_content'])
            o = sum((pw & rw).values())
            P = o / max(1, sum(pw.values())); R = o / max(1, sum(rw.values()))
            rows.append((ws.word_f1(p.get('articleBody', ''), gt['main_content']), P, R, g.stem))
        rows.sort()
        print(f"worst WCXB tune pages (F1 P R id):")
        for r in rows[:worst]: print(f"  {r[0]:.3f} {r[1]:.3f} {r[2]:.3f} {r[3]}")
        zrows = []
        for k in zgt:
            if held_out(k): continue
            tp, fp, fn = zs.shingle_tp_fp_fn(zgt[k].get('articleBody', ''), (zpred.get(k) or {}).get('articleBody', ''))
            zrows.append((tp / max(1e-9, tp + (fp + fn) / 2), zs.precision_score(tp, fp, fn), zs.recall_score(tp, fp, fn), k))
        zrows.sort()
        print(f"worst Zyte tune pages (F1 P R id):")
        for r in zrows[:worst]: print(f"  {r[0]:.3f} {r[1]:.3f} {r[2]:.3f} {r[3]}")

if __name__ == '__main__': main()
