#!/usr/bin/env python3
"""Scaling probe: is any input worse than linear? Builds hostile inputs of each shape at size n and
4n, runs a Lede command on each (process CPU time, best of 2), and prints the ratio. Linear work gives
about 4; quadratic about 16. Shapes whose ratio passes LIMIT are listed at the end and the script
exits non-zero. Timings are printed, never asserted in unit tests (the README's rule).

Usage: Benchmarks/scaling.py [LEDE_BINARY] [--n N] [--only SUBSTRING]
  (default binary .build/release/lede; N is the small size's repeat count, default 20000)"""
import os, resource, subprocess, sys, tempfile

# A ratio above this for 4x the input is worse than linear beyond noise (linear ≈ 4, quadratic ≈ 16).
LIMIT = 7.0
PARA = "The council voted on Tuesday to keep the night ferry running for another three years, after a long debate."

def text(n):  # plain-text shapes: (name, command args, content)
    return [
        ("text: bold marks on one line", ["read"], "Title\n\n" + "**a " * n + "\n"),
        ("text: underscores on one line", ["read"], "Title\n\n" + "__" * n + "x\n"),
        ("text: one line of words", ["read"], "Title\n\n" + "word " * (5 * n) + "\n"),
        ("text: furniture lines", ["read"], "Title\n\n" + "Share\n" * n),
        ("text: short numbered lines", ["read"], "Title\n\n" + "".join(f"{i}. Item {i}\n" for i in range(n))),
        ("text: byline lines", ["read"], "Title\n\n" + "By Jane Roe\n" * n + PARA + "\n"),
        ("text: photo credit lines", ["read"], "Title\n\n" + "Photo: Jane Roe/AP\n" * n + PARA + "\n"),
        ("text: headings", ["read"], "Title\n\n" + "## Heading\n" * n + PARA + "\n"),
        ("text: date lines", ["read"], "Title\n\n" + "Updated 14.32 GMT, 3 March 2025\n" * n + PARA + "\n"),
        ("text: paragraphs", ["read"], "Title\n\n" + (PARA + "\n\n") * n),
        ("story: quotation marks", ["story"], "Title\n\n" + "“a” " * n + "\n"),
        ("story: different quoted words", ["story"], "Title\n\n" + "".join(f"the “w{i:06d}” w{i:06d} " for i in range(n)) + "\n"),
        ("story: open quotations", ["story"], "Title\n\n" + "“a said Jane Roe. " * n + "\n"),
        ("story: said lines", ["story"], "Title\n\n" + "“It is over,” said Jane Roe. " * n + "\n"),
        ("story: capitalised words", ["story"], "Title\n\n" + "Alpha Beta " * n + "said.\n"),
        ("story: names and pronouns", ["story"], "Title\n\n" + "Jane Roe met him and she said he left. " * (n // 2) + "\n"),
        ("story: ages and roles", ["story"], "Title\n\n" + "Jane Roe, 34, a nurse, " * n + "said.\n"),
        ("story: dates", ["story"], "Title\n\n" + "on March 3, 2025, " * n + "it rained.\n"),
        ("story: numbers", ["story"], "Title\n\n" + "9223372036854775807 " * n + "\n"),
        ("story: paragraphs of quotes", ["story"], "Title\n\n" + ("“It is over,” Jane Roe said.\n\n“Yes.”\n\n") * (n // 2)),
        ("story: many different people", ["story"], "Title\n\n" + "".join(f"“It is over,” said {name(i)} Roe, the minister. " for i in range(n // 4)) + "\n"),
        ("story: people in paragraphs", ["story"], "Title\n\n" + "".join(f"{name(i)} Roe, 34, a nurse, said “yes”. The nurse left.\n\n" for i in range(n // 4))),
        ("story: pronoun chains", ["story"], "Title\n\n" + "Jane Roe spoke. " + "She said “a” and he said “b”. " * n + "\n"),
        ("sentences: abbreviations", ["sentences"], "Title\n\n" + "Mr. Roe of the U.S. Dept. met Dr. Lee at 3 p.m. on Jan. 5. " * n + "\n"),
        ("sentences: list markers", ["sentences"], "Title\n\n" + "".join(f"{i}. Item\n" for i in range(n))),
        ("normalize: numbers", ["normalize"], " ".join(["9223372036854775807 $1,234.56 3 March 2025 10:30 4th 1990s"] * (n // 4)) + "\n"),
    ]

def name(i):
    """A distinct capitalised given name for person i ("Kaa", "Kab", …, "Kaba", …)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        out = letters[i % 26] + out
        i //= 26
        if i == 0: break
    return "Ka" + out

def html(n):
    p = f"<p>{PARA}</p>"
    return [
        ("html: pipes in the title", ["read"], "<html><head><title>" + " | x" * n + "</title></head><body><article><h1>" + " | x" * n + "</h1>" + p * 20 + "</article></body></html>"),
        ("html: many h1", ["read"], "<html><body>" + "<h1>Headline</h1>" * n + p * 20 + "</body></html>"),
        ("html: many bylines", ["read"], "<html><body><article>" + '<p class="byline">By Jane Roe</p>' * n + p * 20 + "</article></body></html>"),
        ("html: many time elements", ["read"], "<html><body><article>" + '<time datetime="2025-03-03">3 March</time>' * n + p * 20 + "</article></body></html>"),
        ("html: many figures", ["read"], "<html><body><article>" + '<figure><img src="a.jpg"><figcaption>A cat. Photo: Jane Roe</figcaption></figure>' * (n // 2) + p * 20 + "</article></body></html>"),
        ("html: many meta tags", ["read"], "<html><head>" + '<meta name="author" content="Jane Roe">' * n + "</head><body><article>" + p * 20 + "</article></body></html>"),
        ("html: many JSON-LD scripts", ["read"], "<html><head>" + '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script>' * (n // 2) + "</head><body><article>" + p * 20 + "</article></body></html>"),
        ("html: many paragraphs", ["read"], "<html><body><article>" + p * n + "</article></body></html>"),
        ("html: many sibling divs", ["read"], "<html><body>" + "<div class='x'>a</div>" * n + p * 20 + "</body></html>"),
        ("html: many links", ["read"], "<html><body><article>" + "<a href='/a'>Link</a> " * n + p * 20 + "</article></body></html>"),
        ("html: table cells", ["read"], "<html><body><article><table><tr>" + "<td>1</td>" * n + "</tr></table>" + p * 20 + "</article></body></html>"),
        ("html: comments", ["read"], "<html><body><article>" + "<!-- c -->" * n + p * 20 + "</article></body></html>"),
    ]

def warc_record(uri, http):
    """One WARC response record around an HTTP message (bytes)."""
    head = f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    return head.encode() + http + b"\r\n\r\n"

def batch(n):  # `lede batch` inputs: WARC files and URL lists (loopback URLs, refused without a fetch)
    page = f"<html><body><article><h1>Ferry</h1><p>{PARA}</p></article></body></html>".encode()
    ok = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    chunked = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
    return [
        ("batch: a WARC header line", ["batch"], b"WARC/1.1\r\nWARC-Target-URI: http://x/" + b"a" * (100 * n) + b"\r\n\r\n" + warc_record("http://x/next", ok + page)),
        ("batch: a URL-list line", ["batch"], b"http://127.0.0.1:9/a\n" + b"http://x/" + b"a" * (100 * n) + b"\nhttp://127.0.0.1:9/b\n"),
        ("batch: WARC records", ["batch"], b"".join(warc_record(f"http://x/{i}", ok + page) for i in range(n // 20))),
        ("batch: one-byte chunks", ["batch"], warc_record("http://x/c", chunked + b"".join(b"1\r\n" + page[i % len(page):i % len(page) + 1] + b"\r\n" for i in range(10 * n)) + b"0\r\n\r\n")),
        ("batch: a header of many fields", ["batch"], warc_record("http://x/h", b"HTTP/1.1 200 OK\r\n" + b"X-A: b\r\n" * n + b"Content-Type: text/html\r\n\r\n" + page)),
    ]

def cpu_seconds(cmd, path):
    best = None
    for _ in range(2):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        r = subprocess.run(cmd + [path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=900)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = t if best is None else min(best, t)
    return best, r.returncode

def main():
    args = sys.argv[1:]
    n = int(args[args.index("--n") + 1]) if "--n" in args else 20000
    only = args[args.index("--only") + 1] if "--only" in args else ""
    binary = next((a for a in args if not a.startswith("--") and a not in (str(n), only)), ".build/release/lede")
    worse = []
    with tempfile.TemporaryDirectory() as tmp:
        shapes_small = text(n) + html(n) + batch(n)
        shapes_large = text(4 * n) + html(4 * n) + batch(4 * n)
        print(f"{'shape':34} {'n':>8} {'s (n)':>8} {'s (4n)':>8} {'ratio':>6}")
        for (name, sub, small), (_, _, large) in zip(shapes_small, shapes_large):
            if only not in name: continue
            ext = ".html" if name.startswith("html") else ".warc" if "WARC" in name else ".txt"
            # `lede batch` writes its lines to a file of its own (and reads a URL list by its lines).
            extra = ["--out", os.path.join(tmp, "out.jsonl")] if sub == ["batch"] else []
            times = []
            for label, content in (("s", small), ("l", large)):
                path = os.path.join(tmp, label + ext)
                with open(path, "wb" if isinstance(content, bytes) else "w") as f: f.write(content)
                times.append(cpu_seconds([binary] + sub + extra, path))
            (t1, rc1), (t4, rc4) = times
            ratio = t4 / max(t1, 0.01)
            flag = "  <- worse than linear" if ratio > LIMIT and t4 > 0.5 else ""
            if rc1 or rc4: flag += f"  (exit {rc1}/{rc4})"
            print(f"{name:34} {n:>8} {t1:8.2f} {t4:8.2f} {ratio:6.1f}{flag}", flush=True)
            if "worse" in flag: worse.append(name)
    if worse:
        print("worse than linear: " + ", ".join(worse)); sys.exit(1)

if __name__ == "__main__":
    main()
