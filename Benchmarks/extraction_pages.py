#!/usr/bin/env python3
"""Per-page precision and recall of an extraction prediction (4-token shingles, the benchmark's
metric), worst pages first: the tool for finding which rule fails where.
Usage: extraction_pages.py GROUND_TRUTH.json PRED.json [N]"""
import json, re, sys
from collections import Counter

def shingles(t):
    toks = re.findall(r'\w+', t or '')
    return Counter(tuple(toks[i:i + 4]) for i in range(max(1, len(toks) - 3)) if toks[i:i + 4])

gt = json.load(open(sys.argv[1])); pred = json.load(open(sys.argv[2]))
n = int(sys.argv[3]) if len(sys.argv) > 3 else 20
rows = []
for k, v in gt.items():
    t, p = shingles(v['articleBody']), shingles(pred.get(k, {}).get('articleBody', ''))
    tp = sum((t & p).values()); fp = sum(p.values()) - tp; fn = sum(t.values()) - tp
    P = tp / (tp + fp) if tp + fp else 0; R = tp / (tp + fn) if tp + fn else 0
    rows.append((2 * P * R / (P + R) if P + R else 0, P, R, k, v.get('url', '')))
for f, P, R, k, u in sorted(rows)[:n]:
    print(f'{f:.3f} P={P:.3f} R={R:.3f} {k[:12]} {u[:90]}')
