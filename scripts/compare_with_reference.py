#!/usr/bin/env python3
"""Holds `./reciprocity review --format json` against the independent reference implementation
(shared/tools/reference_figures.py, plain Python and networkx) on any flows file, and prints each
figure from both sides with the verdict. Exit status 0 when every figure agrees.

Usage: scripts/compare_with_reference.py FLOWS_CSV [--reference PATH/TO/reference_figures.py]

Needs python3 with networkx (for the reference side) and a JDK (for ./reciprocity). Amounts are
compared to 1e-9 (the reference sums floats, the library sums exactly), ratios to 1e-12.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("flows")
    ap.add_argument("--reference", default=os.path.join(ROOT, "..", "shared", "tools", "reference_figures.py"))
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        ref_path = os.path.join(tmp, "reference.json")
        subprocess.run([sys.executable, args.reference, args.flows, ref_path], check=True,
                       stdout=subprocess.DEVNULL)
        with open(ref_path, encoding="utf-8") as f:
            ref = json.load(f)
    out = subprocess.run([os.path.join(ROOT, "reciprocity"), "review", "--flows", args.flows,
                          "--format", "json"], check=True, capture_output=True, text=True).stdout
    lib = json.loads(out)
    parties = {p["party"]: p for p in lib["parties"]}

    rows = [
        ("flow count", ref["total_flows"], lib["flowCount"], 0),
        ("party count", ref["distinct_parties"], lib["partyCount"], 0),
        ("total weight", ref["total_weight"], lib["totalWeight"], 1e-9),
        ("weighted reciprocity", ref["weighted_reciprocity"], lib["weightedReciprocity"], 1e-12),
        ("unweighted reciprocity", ref["nx_overall_reciprocity"], lib["overallReciprocity"], 1e-12),
        ("parties that give", ref["parties_that_give"], sum(1 for p in lib["parties"] if p["given"] > 0), 0),
        ("parties that receive", ref["parties_that_receive"], sum(1 for p in lib["parties"] if p["received"] > 0), 0),
    ]
    for key in ("top_net_givers", "top_net_receivers"):
        for i, e in enumerate(ref[key]):
            p = parties.get(e["party"], {})
            for field in ("given", "received", "net"):
                rows.append((f"{key}[{i}] {e['party']} {field}", e[field], p.get(field), 1e-9))
    for e in ref["give_share_top20_by_activity"]:
        p = parties.get(e["party"], {})
        rows.append((f"give share {e['party']}", e["give_share"], p.get("giveShare"), 1e-12))

    bad = 0
    for name, want, got, tol in rows:
        ok = got is not None and abs(float(want) - float(got)) <= tol
        bad += not ok
        print(f"{'ok  ' if ok else 'DIFF'} {name}: reference {want}, library {got}")
    print(f"{len(rows) - bad} of {len(rows)} figures agree")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
