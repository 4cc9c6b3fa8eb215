#!/usr/bin/env python3
"""Writes the word-cluster table Lede's name tagger reads at run time (run by scripts/setup.sh).

Input: PyPI spacy-lookups-data 1.0.5 (MIT, ExplosionAI) installed into deps/word-clusters/python:
  - en_lexeme_cluster.json.gz: about a million case-sensitive words -> Brown cluster (0: none). spaCy
    stores a cluster's bit path reversed as an integer (int(path[::-1], 2)): the path's first bit is
    the integer's lowest, so a prefix of k bits is `cluster & (2**k - 1)`;
  - en_lexeme_prob.json.gz: the log probability of each case-sensitive form.
Output: clusters.txt, UTF-8, sorted, one word a line: the word, a tab, and a number that packs
  bits 0-17: the Brown cluster (as spaCy stores it);
  bits 20-24: how rare the form is, -log probability in steps of PROB_STEP (0 common ... 15 rare);
  bits 25-28: for a capitalised form, how much likelier it is than its lower-case form (CASE_BUCKETS);
              0 for a lower-case form.
Kept: words with a cluster (about 190,000); words with no cluster say nothing the tagger can use
(their probability is that of a rare word, which an unknown word already tells).

usage: convert_word_clusters.py PACKAGE_DIR OUT_DIR
"""
import gzip
import json
import os
import sys

PROB_STEP = 1.5          # a bucket of rarity covers this much log probability (e**1.5, about 4.5 times)
MOST_RARE = 15           # buckets 0...15 (log probability down to about -22, rarer words share the last)
CLUSTER_BITS = 18        # the longest path in the data has 18 bits
# Bounds on log P(Capitalised) - log P(lower case): a capitalised form far rarer than its lower-case one
# is a common word at a sentence's start ("The"); one far likelier is a name ("Apple" is both).
CASE_BOUNDS = [-4.0, -2.0, 0.0, 2.0, 4.0]
NO_LOWER_FORM = len(CASE_BOUNDS) + 2  # capitalised, and the lower-case form is not in the data


def case_bucket(word, prob, probs):
    if not word[:1].isupper():
        return 0
    lower = probs.get(word.lower())
    if lower is None or word.lower() == word:
        return NO_LOWER_FORM
    d = prob - lower
    for i, b in enumerate(CASE_BOUNDS):
        if d < b:
            return i + 1
    return len(CASE_BOUNDS) + 1


def main(packages, out_dir):
    data = os.path.join(packages, "spacy_lookups_data", "data")
    with gzip.open(os.path.join(data, "en_lexeme_cluster.json.gz"), "rt", encoding="utf-8") as f:
        clusters = json.load(f)
    with gzip.open(os.path.join(data, "en_lexeme_prob.json.gz"), "rt", encoding="utf-8") as f:
        probs = json.load(f)
    lines = []
    for word, cluster in clusters.items():
        if not cluster or not word or "\t" in word or "\n" in word or " " in word:
            continue
        assert cluster < 1 << CLUSTER_BITS
        prob = probs.get(word, -30.0)
        rare = min(MOST_RARE, max(0, int(-prob / PROB_STEP)))
        value = cluster | rare << 20 | case_bucket(word, prob, probs) << 25
        lines.append(f"{word}\t{value}\n")
    lines.sort()
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "clusters.txt"), "w", encoding="utf-8") as f:
        f.writelines(lines)
    print(f"convert_word_clusters: {len(lines)} words", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
