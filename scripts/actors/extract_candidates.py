#!/usr/bin/env python3
"""Extract candidate actor rows from the UniversalPetrarch Arabic dictionaries for human review.

Reads  ../shared/data/universalpetrarch-arabic/dictionaries/{actor_dict_ar_v4.txt,agents.all.ar_v3.txt}
(relative to the repository root) and writes data/actors/review/petrarch-candidates.txt: one tab-separated
row per (phrase, CAMEO code) for the countries and sectors Athar curates (Syria, Iraq, Turkey, the US,
Russia, Iran, international bodies; government, military, police, intelligence, rebels, parties, media).

The PETRARCH phrases are lemmatised («جيش_عراقي_» for «الجيش العراقي»), so rows are suggestions: a curator
turns the useful ones into surface forms in data/actors/actors.tsv and aliases.tsv. The review file is .txt on
purpose: it is not embedded in the assembly and never read at run time.

Usage (from the repository root):  python3 scripts/actors/extract_candidates.py
"""
import os
import re
import sys
from collections import defaultdict

SHARED = os.path.join("..", "shared", "data", "universalpetrarch-arabic", "dictionaries")
OUT = os.path.join("data", "actors", "review", "petrarch-candidates.txt")

COUNTRIES = {"SYR": "SY", "IRQ": "IQ", "TUR": "TR", "USA": "US", "RUS": "RU", "IRN": "IR", "LBN": "LB", "ISR": "IL"}
# CAMEO sector code → Athar kind (persons are recognised by the curator, the dictionaries do not mark them)
SECTORS = [
    ("SPY", "state_force"), ("MIL", "state_force"), ("COP", "state_force"),
    ("REB", "armed_group"), ("UAF", "armed_group"), ("IMG", "armed_group"),
    ("PTY", "political_party"), ("MED", "media"), ("HRI", "monitor"), ("NGO", "organization"),
    ("IGO", "organization"), ("GOV", "government"), ("LEG", "government"), ("JUD", "government"),
]


def kind_of(code):
    for sector, kind in SECTORS:
        if sector in code[3:] or (sector == "IGO" and code.startswith("IGO")):
            return kind
    return None


def parse_actor_dict(path):
    """Yield (phrase, code) pairs. A phrase line may carry its code inline or on indented lines below it."""
    phrase = None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            codes = re.findall(r"\[([^\]]+)\]", line)
            head = re.sub(r"\[[^\]]*\]", "", line).strip()
            if head and not line[0].isspace() or (head and not codes):
                phrase = head
            for c in codes:
                if phrase:
                    yield phrase, c.split()[0]


def parse_agents(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^\s*([^#\[]+?)\s*\[~?([A-Z]+)\]", line)
            if m:
                yield m.group(1).strip(), "~" + m.group(2)


def surface(phrase):
    return re.sub(r"\s+", " ", phrase.replace("_", " ")).strip()


def main():
    actor_dict = os.path.join(SHARED, "actor_dict_ar_v4.txt")
    agents = os.path.join(SHARED, "agents.all.ar_v3.txt")
    if not os.path.exists(actor_dict):
        sys.exit(f"extract_candidates: {actor_dict} not found (run from the repository root with ../shared present)")
    rows = defaultdict(set)
    for phrase, code in parse_actor_dict(actor_dict):
        country = COUNTRIES.get(code[:3], "" if code.startswith("IGO") else None)
        kind = kind_of(code)
        if country is None or kind is None:
            continue
        rows[(surface(phrase), country, kind)].add(code)
    for phrase, code in parse_agents(agents):
        kind = {"~MIL": "state_force", "~COP": "state_force", "~SPY": "state_force", "~REB": "armed_group",
                "~GOV": "government", "~MED": "media", "~IGO": "organization"}.get(code)
        if kind:
            rows[(surface(phrase), "*", kind)].add(code)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Candidates for data/actors from UniversalPetrarch (MIT); lemmatised phrases, review before use.\n")
        f.write("# phrase\tcountry (* = generic agent)\tkind\tCAMEO codes\n")
        for (phrase, country, kind), codes in sorted(rows.items(), key=lambda r: (r[0][1], r[0][2], r[0][0])):
            f.write(f"{phrase}\t{country}\t{kind}\t{' '.join(sorted(codes))}\n")
    print(f"wrote {len(rows)} candidate rows to {OUT}")


if __name__ == "__main__":
    main()
