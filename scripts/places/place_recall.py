#!/usr/bin/env python3
"""How well the places stage alone serves the dev set's gold events (no event matching involved).

For each gold event place, is there a place mention in the article that the evaluation contract would accept
(within 25 km; 150 km and the same country when the gold precision is province/region/country)? Reported per
set ("tuned" = seed + dev-001…015, "unseen" = dev-016 onwards) with the misses and the nearest mention, plus
mentions more than FAR_KM from every gold place of their article (likely homonyms or words read as places).

usage: python3 scripts/places/place_recall.py [--cmd CMD] [-v] [--only dev-047,dev-046]
Needs ../shared/eval (gold files are not part of the repository).
"""
import argparse, json, math, os, shlex, subprocess, sys, tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
EVAL = os.path.normpath(os.path.join(ROOT, "..", "shared", "eval"))
DEFAULT_CMD = os.path.join(ROOT, "src", "Athar.Cli", "bin", "Debug", "net10.0", "athar")
FINE_KM, COARSE_KM = 25, 150  # the evaluation contract's place distances
COARSE = {"province", "region", "country"}
FAR_KM = 500  # a mention this far from every gold place of its article is suspect


def km(a, b):
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(min(1, h)))


def accepts(gold, mention):
    d = km((gold["lat"], gold["lon"]), (mention["lat"], mention["lon"]))
    if gold.get("precision") in COARSE:
        return d <= COARSE_KM and gold.get("country") == mention.get("country")
    return d <= FINE_KM


def set_of(name):
    return "unseen" if name.startswith("dev-") and name[4:7].isdigit() and int(name[4:7]) >= 16 else "tuned"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmd", default=os.environ.get("ATHAR_CMD", DEFAULT_CMD))
    ap.add_argument("-v", action="store_true", help="print the misses and the far mentions")
    ap.add_argument("--only", help="comma-separated article ids")
    a = ap.parse_args()
    gold_dir = os.path.join(EVAL, "dev")
    if not os.path.isdir(gold_dir):
        sys.exit(f"{gold_dir} not found")
    names = sorted(f[:-5] for f in os.listdir(gold_dir) if f.endswith(".json"))
    if a.only:
        names = [n for n in names if n in set(a.only.split(","))]
    golds = {n: json.load(open(os.path.join(gold_dir, n + ".json"), encoding="utf-8")) for n in names}
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for n, g in golds.items():
            f.write(json.dumps({"id": n, "text": g["text"], "published": g["published"]}, ensure_ascii=False) + "\n")
        path = f.name
    try:
        p = subprocess.run(shlex.split(a.cmd) + ["analyze", "--jsonl", path], capture_output=True, text=True, cwd=ROOT)
    finally:
        os.unlink(path)
    results = {d.get("id"): d for d in map(json.loads, filter(str.strip, p.stdout.splitlines()))}
    totals = {k: [0, 0, 0] for k in ("tuned", "unseen", "all")}  # found, gold, far mentions
    for n, g in golds.items():
        places = [m for m in (results.get(n) or {}).get("places") or [] if m.get("precision") != "country"]
        gold_places = [e["place"] for e in g["events"] if e.get("place")]
        lines = []
        for gp in gold_places:
            hit = any(accepts(gp, m) for m in places)
            for k in (set_of(n), "all"):
                totals[k][0] += hit
                totals[k][1] += 1
            if not hit:
                near = min(places, key=lambda m: km((gp["lat"], gp["lon"]), (m["lat"], m["lon"])), default=None)
                where = f"nearest «{near['text']}» {near['name']}({near['precision']}) {km((gp['lat'], gp['lon']), (near['lat'], near['lon'])):.0f} km" if near else "no mention"
                lines.append(f"  - {gp.get('name')} ({gp.get('precision')}): {where}")
        for m in places if gold_places else []:
            if all(km((gp["lat"], gp["lon"]), (m["lat"], m["lon"])) > FAR_KM for gp in gold_places):
                for k in (set_of(n), "all"):
                    totals[k][2] += 1
                lines.append(f"  ! far: «{m['text']}» {m['name']} {m['country']}({m['precision']})")
        if a.v and lines:
            print(n)
            print("\n".join(lines))
    for k, (found, gold, far) in totals.items():
        print(f"{k:7} gold places {gold:3} reachable {found:3} ({found / gold if gold else 0:.3f})  far mentions {far}")


if __name__ == "__main__":
    main()
