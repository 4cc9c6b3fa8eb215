#!/usr/bin/env python3
"""Makes the unseen extraction set: the pages of the Zyte article-extraction-benchmark (MIT) that are
not among the 83 of ../shared/bench/extraction, with their gold bodies. Nothing here is tuned on:
`Benchmarks/extraction.sh` scores it as a third set when present, and the quote tests read some of its
pages (`attribution-zyte-rest.txt`, `attribution-zyte-more.txt`).

Usage: make_zyte_rest.py REPO OUT
  REPO: a clone of github.com/scrapinghub/article-extraction-benchmark (a work tree or a bare git
        directory; read at HEAD with `git show`)
  OUT:  writes OUT/bench/extraction-zyte-rest/pages/ID.html.gz and .../ground-truth.json;
        then run the benchmarks and tests with LEDE_SHARED=OUT."""
import json, subprocess, sys
from pathlib import Path

def show(repo, path):
    return subprocess.run(['git', '-C', repo, 'show', f'HEAD:{path}'], check=True, capture_output=True).stdout

def main():
    if len(sys.argv) != 3: sys.exit(__doc__)
    repo, out = sys.argv[1], Path(sys.argv[2]) / 'bench' / 'extraction-zyte-rest'
    shared = Path(__file__).resolve().parent.parent.parent / 'shared' / 'bench' / 'extraction' / 'pages'
    seen = {p.name.split('.')[0] for p in shared.glob('*.html*')}
    if not seen: sys.exit(f'make_zyte_rest.py: {shared} holds no pages; cannot tell the unseen ones')
    gold = json.loads(show(repo, 'ground-truth.json'))
    rest = {k: v for k, v in sorted(gold.items()) if k not in seen}
    (out / 'pages').mkdir(parents=True, exist_ok=True)
    for k in rest: (out / 'pages' / f'{k}.html.gz').write_bytes(show(repo, f'html/{k}.html.gz'))
    (out / 'ground-truth.json').write_text(json.dumps(rest, ensure_ascii=False))
    print(f'{len(rest)} pages (of {len(gold)}; {len(seen)} are in ../shared) in {out}')

if __name__ == '__main__': main()
