#!/usr/bin/env python3
"""Times resiliparse on the same pages Lede reads, in one process on one core, and writes its
predictions in the scorers' format (body text only: resiliparse extracts no metadata).
The call is the one in ../shared/notes/peers.md. Pages are decompressed into memory before timing.
Usage: peer_resiliparse.py PAGES_DIR OUT.json [--repeats N]"""
import gzip, json, sys, time
from pathlib import Path

import resiliparse
from resiliparse.extract.html2text import extract_plain_text
from resiliparse.parse.encoding import bytes_to_str, detect_encoding
from resiliparse.parse.html import HTMLTree

def main():
    pages_dir, out = Path(sys.argv[1]), sys.argv[2]
    repeats = int(sys.argv[sys.argv.index('--repeats') + 1]) if '--repeats' in sys.argv else 3
    pages = []
    for f in sorted(pages_dir.glob('*.html*')):
        raw = gzip.open(f).read() if f.suffix == '.gz' else f.read_bytes()
        pages.append((f.name.split('.')[0], raw))
    preds, best = {}, float('inf')
    for _ in range(repeats):
        start = time.process_time()
        for pid, raw in pages:
            tree = HTMLTree.parse(bytes_to_str(raw, detect_encoding(raw)))
            text = extract_plain_text(tree, main_content=True, alt_texts=False, links=False, list_bullets=False)
            preds[pid] = {'articleBody': text, 'title': '', 'author': '', 'published': ''}
        best = min(best, time.process_time() - start)
    json.dump(preds, open(out, 'w'))
    version = getattr(resiliparse, '__version__', '2.0')
    print(f'resiliparse {version}: {len(pages)} pages in {best:.2f} s CPU = {len(pages) / best:.1f} pages/s (best of {repeats})')

if __name__ == '__main__':
    main()
