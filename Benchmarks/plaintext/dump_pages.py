#!/usr/bin/env python3
"""Dumps benchmark pages to plain text the way a user's scraped copy looks: the whole visible page
as a text browser prints it. Three dumpers, so a model trained on the dumps does not learn one
layout: w3m (`w3m -dump -T text/html -cols 10000 -O UTF-8`), lynx (`lynx -dump -nolist`) and, when
the `html2text` package (PyPI, 2025.4.15) is importable, html2text's Markdown-style text (no
wrapping, links and images dropped: `# ` headings, `* ` list items, `**` emphasis as printed).

Usage: dump_pages.py PAGES_DIR OUT_DIR        (writes OUT_DIR/DUMPER/ID.txt for each dumper)
Needs Debian's w3m and lynx (scripts/setup.sh installs them); html2text from .venv-bench."""
import gzip, os, re, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

DUMPERS = {
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-cols', '10000', '-O', 'UTF-8'],
    # lynx wraps at -width; 1000 is its ceiling and long enough that paragraphs stay one line.
    'lynx': ['lynx', '-dump', '-nolist', '-stdin', '-force_html', '-width=1000', '-display_charset=utf-8',
             '-assume_charset=utf-8'],
}

try:
    import html2text
except ImportError:
    html2text = None

def markdown(raw: bytes) -> bytes:
    """html2text's rendering of a page: the third dumper's layout (Markdown, as scraping tools print)."""
    h = html2text.HTML2Text()
    h.body_width = 0
    h.ignore_links = True
    h.ignore_images = True
    # The charset a page declares in its first bytes (w3m and lynx read it too), else UTF-8.
    declared = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', raw[:4096])
    try:
        text = raw.decode(declared.group(1).decode() if declared else 'utf-8', errors='replace')
    except LookupError:
        text = raw.decode('utf-8', errors='replace')
    return h.handle(text).encode('utf-8')

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
    if html2text is not None:
        target = out / 'html2text' / f'{pid}.txt'
        if not target.exists():
            try:
                target.write_bytes(markdown(raw))
            except Exception:  # a page html2text cannot parse is an empty copy, as a timed-out browser's
                target.write_bytes(b'')

def main():
    pages, out = Path(sys.argv[1]), Path(sys.argv[2])
    for name in list(DUMPERS) + (['html2text'] if html2text is not None else []):
        (out / name).mkdir(parents=True, exist_ok=True)
    files = sorted(p for p in pages.iterdir() if p.name.endswith(('.html', '.html.gz')))
    with ThreadPoolExecutor(int(os.environ.get('JOBS', '1'))) as pool:
        list(pool.map(lambda p: dump(p, out), files))
    print(f'{len(files)} pages dumped to {out}', file=sys.stderr)

if __name__ == '__main__': main()
