#!/usr/bin/env python3
"""Dumps benchmark pages to plain text the way a user's scraped copy looks: the whole visible page
as a text browser prints it. Two dumpers, so a model trained on the dumps does not learn one layout:
w3m (`w3m -dump -T text/html -cols 10000 -O UTF-8`) and lynx (`lynx -dump -nolist`).

Usage: dump_pages.py PAGES_DIR OUT_DIR        (writes OUT_DIR/w3m/ID.txt and OUT_DIR/lynx/ID.txt)
Needs Debian's w3m and lynx (scripts/setup.sh installs them)."""
import gzip, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

DUMPERS = {
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-cols', '10000', '-O', 'UTF-8'],
    # lynx wraps at -width; 1000 is its ceiling and long enough that paragraphs stay one line.
    'lynx': ['lynx', '-dump', '-nolist', '-stdin', '-force_html', '-width=1000', '-display_charset=utf-8',
             '-assume_charset=utf-8'],
}

def dump(page: Path, out: Path):
    pid = page.name.split('.')[0]
    raw = page.read_bytes()
    if page.suffix == '.gz': raw = gzip.decompress(raw)
    for name, cmd in DUMPERS.items():
        target = out / name / f'{pid}.txt'
        if target.exists(): continue
        try:
            r = subprocess.run(cmd, input=raw, capture_output=True, timeout=60)
            target.write_bytes(r.stdout)
        except subprocess.TimeoutExpired:
            target.write_bytes(b'')

def main():
    pages, out = Path(sys.argv[1]), Path(sys.argv[2])
    for name in DUMPERS: (out / name).mkdir(parents=True, exist_ok=True)
    files = sorted(p for p in pages.iterdir() if p.name.endswith(('.html', '.html.gz')))
    with ThreadPoolExecutor(int(os.environ.get('JOBS', '1'))) as pool:
        list(pool.map(lambda p: dump(p, out), files))
    print(f'{len(files)} pages dumped to {out}', file=sys.stderr)

if __name__ == '__main__': main()
