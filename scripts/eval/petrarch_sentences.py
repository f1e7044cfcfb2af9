#!/usr/bin/env python3
"""Sentence-level check of event detection on the UniversalPetrarch Arabic validation sentences.

The 373 ASSAULT sentences (2006-2008 newswire, gold-coded as assaults) should mostly yield an event; the 272
PROTEST sentences should mostly not yield violent events (some legitimately report arrests or clashes at a
protest). Reads ../shared/data/universalpetrarch-arabic/validation (internal test data only, see its
SOURCE.md: the sentences are not redistributed) and runs `athar analyze --jsonl`.

usage: python3 scripts/eval/petrarch_sentences.py [--cmd "dotnet run --no-build --project src/Athar.Cli --"]
"""
import argparse, collections, html, json, os, re, shlex, subprocess, sys, tempfile

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
DATA = os.path.join(ROOT, "..", "shared", "data", "universalpetrarch-arabic", "validation")


def sentences(name):
    xml = open(os.path.join(DATA, f"arabic_{name}_gsr_validation.xml"), encoding="utf-8").read()
    for i, (day, text) in enumerate(re.findall(r'<Sentence [^>]*date="(\d{8})"[^>]*>.*?<Text>(.*?)</Text>', xml, flags=re.S)):
        yield {"id": f"{name}-{i}", "text": html.unescape(text.strip()), "published": f"{day[:4]}-{day[4:6]}-{day[6:]}"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmd", default="dotnet run --no-build --project src/Athar.Cli --")
    a = ap.parse_args()
    if not os.path.isdir(DATA):
        sys.exit(f"{DATA} not found: this check needs ../shared/data (see the README)")
    for name in ("assault", "protest"):
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
            for s in sentences(name):
                f.write(json.dumps(s, ensure_ascii=False) + "\n")
        out = subprocess.run(shlex.split(a.cmd) + ["analyze", "--jsonl", f.name], capture_output=True, text=True, cwd=ROOT)
        os.unlink(f.name)
        lines = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
        types = collections.Counter(e["type"] for d in lines for e in d.get("events", []))
        with_events = sum(1 for d in lines if d.get("events"))
        print(f"{name}: {len(lines)} sentences, {with_events} with events ({with_events / max(1, len(lines)):.0%}); types {dict(types)}")


if __name__ == "__main__":
    main()
