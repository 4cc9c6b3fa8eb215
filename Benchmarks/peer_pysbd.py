"""Peer for Benchmarks/language.sh: pySBD on the Golden Rules, scored as Lede is (exact list of
stripped sentences; doc_type "pdf" passed through as pySBD's own option)."""
import json
import sys

import pysbd

passed = total = 0
for line in open(sys.argv[1], encoding="utf-8"):
    case = json.loads(line)
    total += 1
    doc_type = case.get("options", {}).get("doc_type")
    seg = pysbd.Segmenter(language="en", clean=True, doc_type=doc_type) if doc_type else pysbd.Segmenter(language="en", clean=False)
    got = [s.strip() for s in seg.segment(case["text"]) if s.strip()]
    if got == case["expected"]:
        passed += 1
print(f"pysbd: {passed}/{total} golden rules pass")
