#!/usr/bin/env python3
"""Score the events stage on ../shared/eval/dev in one batch run, split by set, with a per-article diff.

The official scorer (../shared/eval/score.py) starts Athar once per article; this script sends all articles
through one `analyze --jsonl` run and scores them with the official scorer's own matching code, so the
numbers are the same and a run takes seconds. Sets: "tuned" = seed + dev-001…015 (the articles the first
rules were written against), "unseen" = dev-016 onwards (annotated without looking at Athar's output).

usage: python3 scripts/eval/dev_report.py [--cmd CMD] [-v] [--only dev-021,dev-022] [--json OUT]
Needs ../shared (the gold files and the scorer are not part of the repository); says so when it is absent.
"""
import argparse, importlib.util, json, os, shlex, subprocess, sys, tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
EVAL = os.path.normpath(os.path.join(ROOT, "..", "shared", "eval"))
DEFAULT_CMD = os.path.join(ROOT, "src", "Athar.Cli", "bin", "Debug", "net10.0", "athar")


def load_scorer():
    path = os.path.join(EVAL, "score.py")
    if not os.path.exists(path):
        sys.exit(f"{path} not found: this evaluation needs ../shared/eval (see the README)")
    spec = importlib.util.spec_from_file_location("athar_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def set_of(name):
    if name.startswith("dev-") and name[4:7].isdigit() and int(name[4:7]) >= 16:
        return "unseen"
    return "tuned"


def run_batch(cmd, golds):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for name, g in golds:
            f.write(json.dumps({"id": name, "text": g["text"], "published": g["published"]}, ensure_ascii=False) + "\n")
        path = f.name
    try:
        p = subprocess.run(shlex.split(cmd) + ["analyze", "--jsonl", path], capture_output=True, text=True, cwd=ROOT)
    finally:
        os.unlink(path)
    if p.returncode not in (0, 3):
        sys.exit(f"athar failed ({p.returncode}): {p.stderr[-500:]}")
    out = {}
    for line in p.stdout.splitlines():
        if line.strip():
            d = json.loads(line)
            out[d.get("id")] = d
    return out


def describe_system(s):
    w = s.get("where") or {}
    when = s.get("when") or {}
    fat = (s.get("fatalities") or {}).get("count")
    trig = (s.get("trigger") or {}).get("text")
    return f"{s.get('type')} {when.get('start')}..{when.get('end')} {w.get('name')}({w.get('precision')}) killed={fat} «{trig}»"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmd", default=os.environ.get("ATHAR_CMD", DEFAULT_CMD))
    ap.add_argument("-v", action="store_true", help="print gold and system events of each article")
    ap.add_argument("--only", help="comma-separated article ids")
    ap.add_argument("--json", help="write the totals as JSON")
    ap.add_argument("--fatalities", action="store_true", help="list matched events whose fatalities differ from the gold")
    a = ap.parse_args()
    scorer = load_scorer()
    gold_dir = os.path.join(EVAL, "dev")
    names = sorted(f[:-5] for f in os.listdir(gold_dir) if f.endswith(".json"))
    if a.only:
        wanted = set(a.only.split(","))
        names = [n for n in names if n in wanted]
    golds = [(n, json.load(open(os.path.join(gold_dir, n + ".json"), encoding="utf-8"))) for n in names]
    results = run_batch(a.cmd, golds)
    totals = {k: {"tp": 0, "gold": 0, "sys": 0, "fat_ok": 0, "fat_n": 0} for k in ("tuned", "unseen", "all")}
    for name, g in golds:
        system = (results.get(name) or {}).get("events") or []
        m = scorer.match(g["events"], system)
        for key in (set_of(name), "all"):
            t = totals[key]
            t["tp"] += len(m); t["gold"] += len(g["events"]); t["sys"] += len(system)
            for gi, si, _ in m:
                if g["events"][gi].get("fatalities") is not None:
                    t["fat_n"] += 1
                    got = (system[si].get("fatalities") or {}).get("count")
                    t["fat_ok"] += int(got == g["events"][gi]["fatalities"])
                    if a.fatalities and key == "all" and got != g["events"][gi]["fatalities"]:
                        print(f"{name}: {g['events'][gi]['type']} gold {g['events'][gi]['fatalities']} system {got}")
        if a.v and (len(m) < max(len(g["events"]), len(system)) or a.only):
            print(f"{name} ({g['published']}): gold {len(g['events'])} system {len(system)} matched {len(m)}")
            for gi, ge in enumerate(g["events"]):
                hit = [si for gj, si, _ in m if gj == gi]
                pl = ge.get("place") or {}
                print(f"  {'+' if hit else '-'} {ge['type']} {(ge.get('date') or {}).get('start')}..{(ge.get('date') or {}).get('end')} "
                      f"{pl.get('name')}({pl.get('precision')}) killed={ge.get('fatalities')}"
                      + (f"  => {describe_system(system[hit[0]])}" if hit else ""))
            for si, s in enumerate(system):
                if all(sj != si for _, sj, _ in m):
                    print(f"  ! {describe_system(s)}")
    summary = {}
    for key, t in totals.items():
        p = t["tp"] / t["sys"] if t["sys"] else 0.0
        r = t["tp"] / t["gold"] if t["gold"] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        summary[key] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3), **t}
        print(f"{key:7} gold {t['gold']:3} system {t['sys']:3} matched {t['tp']:3}  P={p:.3f} R={r:.3f} F1={f1:.3f}  "
              f"fatalities exact {t['fat_ok']}/{t['fat_n']}")
    if a.json:
        json.dump(summary, open(a.json, "w"), indent=1)


if __name__ == "__main__":
    main()
